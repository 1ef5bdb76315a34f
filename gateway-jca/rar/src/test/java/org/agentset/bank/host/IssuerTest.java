package org.agentset.bank.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issuer's answers to the golden requests, compared with the golden answers byte for byte, over
 * the real ledger: approval, repeat, capture, reversal and its 0420 repeat.
 */
class IssuerTest {

  static final byte[] KEY = HexFormat.of().parseHex(DemoCards.DEMO_PAN_KEY_HEX);
  private static final Iso8583Codec CODEC = Iso8583Codec.standard();
  private Issuer issuer;

  @BeforeAll
  static void seed() throws Exception {
    DemoCards.seed(BankDatabase.dataSource(), new PanHasher(KEY));
  }

  @BeforeEach
  void freshLedger() throws Exception {
    BankDatabase.reset();
    issuer = issuer(Clock.fixed(Instant.parse("2026-11-24T09:30:16Z"), ZoneOffset.UTC), "A1B2C3");
  }

  /**
   * An issuer over the test ledger, dated by {@code clock}, whose approval code is {@code code}.
   */
  static Issuer issuer(Clock clock, String code) {
    return new Issuer(
        CODEC,
        BankDatabase.dataSource(),
        new PanHasher(KEY),
        cardSecrets(),
        clock,
        approvalCodes(code));
  }

  @Test
  void approvesTheGoldenAuthorisationWithTheGoldenAnswerAndHoldsTheAmount() throws Exception {
    assertThat(answer("auth-0100.txt")).isEqualTo(golden("auth-0110-approved.txt"));
    assertThat(BankDatabase.holds("1111")).isEqualTo(1999);
    assertThat(BankDatabase.openToBuy("1111")).isEqualTo(1_000_000 - 1999);
  }

  @Test
  void aRepeatGetsTheFirstAnswerAndNoSecondHold() throws Exception {
    String first = answer("auth-0100.txt");
    issuer = issuer(Clock.systemUTC(), "ZZZZZZ");
    assertThat(answer("auth-0100.txt")).isEqualTo(first);
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isEqualTo(1);
    assertThat(BankDatabase.holds("1111")).isEqualTo(1999);
  }

  @Test
  void capturePostsAgainstTheHoldWithTheGoldenAnswer() throws Exception {
    answer("auth-0100.txt");
    assertThat(answer("capture-0220.txt")).isEqualTo(golden("capture-0230.txt"));
    assertThat(BankDatabase.holds("1111")).isZero();
    assertThat(
            BankDatabase.number("select postings from bank.card_account where pan_last4 = '1111'"))
        .isEqualTo(1999);
    assertThat(BankDatabase.number("select count(*) from bank.hold where state = 'CAPTURED'"))
        .isEqualTo(1);
    IsoMessage refund = CODEC.decode(bytes(answer("refund-0220.txt")));
    assertThat(Fields.text(refund, Fields.RESPONSE_CODE)).isEqualTo("00");
    assertThat(BankDatabase.openToBuy("1111")).isEqualTo(1_000_000 - 1999 + 500);
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
  }

  @Test
  void reversalAndItsRepeatReleaseTheHoldOnceWithTheGoldenAnswers() throws Exception {
    answer("auth-0100.txt");
    assertThat(answer("reversal-0400.txt")).isEqualTo(golden("reversal-0410.txt"));
    assertThat(answer("reversal-0420.txt")).isEqualTo(golden("reversal-0430.txt"));
    assertThat(BankDatabase.holds("1111")).isZero();
    assertThat(BankDatabase.openToBuy("1111")).isEqualTo(1_000_000);
    assertThat(
            BankDatabase.number(
                "select count(*) from bank.message_log where message_class = 'REVERSAL'"))
        .isEqualTo(1);
  }

  @Test
  void aReversalBeforeItsAuthorisationMakesTheLateAuthorisationFail() throws Exception {
    assertThat(answer("reversal-0400.txt")).isEqualTo(golden("reversal-0410.txt"));
    IsoMessage late = CODEC.decode(bytes(answer("auth-0100.txt")));
    assertThat(Fields.text(late, Fields.RESPONSE_CODE)).isEqualTo("12");
    assertThat(late.hasField(Fields.APPROVAL_CODE)).isFalse();
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isZero();
    assertThat(BankDatabase.openToBuy("1111")).isEqualTo(1_000_000);
  }

  @Test
  void noAnswerCarriesTheCardNumberOrExpiry() throws Exception {
    IsoMessage answer = CODEC.decode(bytes(answer("auth-0100.txt")));
    assertThat(answer.hasField(Fields.PAN)).isFalse();
    assertThat(answer.hasField(Fields.EXPIRY)).isFalse();
  }

  @Test
  void theBankSchemaHoldsNoCardNumber() throws Exception {
    answer("auth-0100.txt");
    answer("capture-0220.txt");
    assertThat(BankDatabase.rowsContaining("4111111111111111")).isEmpty();
    assertThat(
            BankDatabase.number("select count(*) from bank.card_account where pan_last4 = '1111'"))
        .isEqualTo(1);
  }

  static CardSecrets cardSecrets() {
    return new CardSecrets(BankDatabase.demoCardSecretKey(), KEY, new SecureRandom());
  }

  private String answer(String vector) throws Exception {
    IsoMessage request = CODEC.decode(bytes(golden(vector)));
    return new String(CODEC.encode(issuer.answer(request)), StandardCharsets.US_ASCII);
  }

  /** Randomness that yields {@code code} as the next approval code (alphabet positions). */
  static SecureRandom approvalCodes(String code) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    return new SecureRandom() {
      private static final long serialVersionUID = 1L;
      private int next;

      @Override
      public int nextInt(int bound) {
        return alphabet.indexOf(code.charAt(next++ % code.length()));
      }
    };
  }

  static String golden(String name) throws IOException {
    try (InputStream in = IssuerTest.class.getResourceAsStream("/vectors/iso8583/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
