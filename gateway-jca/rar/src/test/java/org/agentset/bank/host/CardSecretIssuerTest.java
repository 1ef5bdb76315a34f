package org.agentset.bank.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import org.agentset.bank.iso8583.CardSecretFile;
import org.agentset.bank.iso8583.CardSecretSeal;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.SetData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issuer's CardSecrets over the real ledger: the cardholder CA's 0302 adds one (00, repeats 00
 * with one row, unknown card 14, another secret for the same serial 63, a seal that does not open
 * 63), and an authorisation naming a cardholder certificate is approved only with the right
 * TransStain (else 63, no hold).
 */
class CardSecretIssuerTest {

  private static final Iso8583Codec CODEC = Iso8583Codec.standard();
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /** set-core's TransStain test vector (CardholderSecretsTest). */
  private static final byte[] CARD_SECRET =
      HEX.parseHex("0102030405060708090A0B0C0D0E0F1011121314");

  private static final byte[] XID = HEX.parseHex("A0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3");
  private static final String STAIN_HEX =
      "15E98868BA4BEC48A76F56CC9138AAA4057A13CB8080DBCA95629A09D7285B2F";
  private static final String SERIAL = "9F00A1B2C3D4E5";
  private static final String PAN = "4111111111111111";

  private final CardSecretSeal network =
      new CardSecretSeal(BankDatabase.demoCardSecretKey(), new SecureRandom());
  private Issuer issuer;
  private int stan = 500;

  @BeforeAll
  static void seed() throws Exception {
    DemoCards.seed(BankDatabase.dataSource(), new PanHasher(IssuerTest.KEY));
  }

  @BeforeEach
  void freshLedger() throws Exception {
    BankDatabase.reset();
    issuer =
        IssuerTest.issuer(
            Clock.fixed(Instant.parse("2026-11-24T09:30:16Z"), ZoneOffset.UTC), "A1B2C3");
  }

  @Test
  void transStainIsSetCoresTestVector() {
    assertThat(HEX.formatHex(CardSecrets.transStain(CARD_SECRET, XID))).isEqualTo(STAIN_HEX);
  }

  @Test
  void hkdfIsRfc5869() {
    // RFC 5869 test case 3 (no salt, no info), first 32 of its 42 bytes
    assertThat(HEX.formatHex(CardSecrets.hkdfSha256(HEX.parseHex("0B".repeat(22)), new byte[0])))
        .isEqualTo("8DA4E775A563C18F715F802A063C5A31B8A11F5C5EE1879EC3454E5F3C738D2D");
  }

  @Test
  void aRegistrationIsAnswered00AndKeptSealed() throws Exception {
    IsoMessage request = registration(PAN, SERIAL, CARD_SECRET);
    IsoMessage answer = issuer.answer(request);
    assertThat(answer.getType()).isEqualTo(0x312);
    assertThat(code(answer)).isEqualTo("00");
    assertThat(answer.hasField(Fields.PAN)).isFalse();
    assertThat(answer.hasField(Fields.EXPIRY)).isFalse();
    assertThat(Fields.text(answer, Fields.SET_DATA))
        .isEqualTo(Fields.text(request, Fields.SET_DATA));
    assertThat(CODEC.decode(CODEC.encode(answer)).getType()).isEqualTo(0x312);
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isEqualTo(1);
    assertThat(
            BankDatabase.number(
                "select count(*) from bank.message_log where message_class = 'CARD_SECRET'"
                    + " and response_code = '00' and account_id is not null"))
        .isEqualTo(1);
    byte[] stored = storedSecret();
    assertThat(indexOf(stored, CARD_SECRET)).isNegative();
    assertThat(stored).hasSize(12 + CARD_SECRET.length + 16);
    assertThat(BankDatabase.rowsContaining(HexFormat.of().formatHex(CARD_SECRET))).isEmpty();
    assertThat(BankDatabase.rowsContaining(PAN)).isEmpty();
  }

  @Test
  void theStoredSecretOpensOnlyForItsAccountAndSerial() throws Exception {
    issuer.answer(registration(PAN, SERIAL, CARD_SECRET));
    CardSecrets secrets = IssuerTest.cardSecrets();
    long account = BankDatabase.number("select account_id from bank.card_secret");
    byte[] stored = storedSecret();
    assertThat(secrets.openAtRest(account, SERIAL, stored))
        .hasValueSatisfying(s -> assertThat(s).isEqualTo(CARD_SECRET));
    assertThat(secrets.openAtRest(account + 1, SERIAL, stored)).isEmpty();
    assertThat(secrets.openAtRest(account, "9F00A1B2C3D4E6", stored)).isEmpty();
    CardSecrets otherPanKey =
        new CardSecrets(BankDatabase.demoCardSecretKey(), new byte[32], new SecureRandom());
    assertThat(otherPanKey.openAtRest(account, SERIAL, stored)).isEmpty();
  }

  @Test
  void aRepeatGetsTheFirstAnswerAndASecondRegistrationOfTheSameSecretAddsNothing()
      throws Exception {
    IsoMessage request = registration(PAN, SERIAL, CARD_SECRET);
    byte[] first = CODEC.encode(issuer.answer(request));
    byte[] stored = storedSecret();
    assertThat(CODEC.encode(issuer.answer(request))).isEqualTo(first);
    assertThat(code(issuer.answer(registration(PAN, SERIAL, CARD_SECRET)))).isEqualTo("00");
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isEqualTo(1);
    assertThat(storedSecret()).isEqualTo(stored);
    assertThat(
            BankDatabase.number(
                "select count(*) from bank.message_log where message_class = 'CARD_SECRET'"))
        .isEqualTo(2);
  }

  @Test
  void anotherMessageReusingTheKeyGets94() throws Exception {
    IsoMessage request = registration(PAN, SERIAL, CARD_SECRET);
    assertThat(code(issuer.answer(request))).isEqualTo("00");
    stan--;
    assertThat(code(issuer.answer(registration(PAN, "01", CARD_SECRET)))).isEqualTo("94");
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isEqualTo(1);
  }

  @Test
  void anUnknownCardGets14() throws Exception {
    assertThat(code(issuer.answer(registration("4242424242424242", SERIAL, CARD_SECRET))))
        .isEqualTo("14");
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isZero();
  }

  @Test
  void anotherSecretUnderARegisteredSerialGets63AndChangesNothing() throws Exception {
    issuer.answer(registration(PAN, SERIAL, CARD_SECRET));
    byte[] stored = storedSecret();
    byte[] other = CARD_SECRET.clone();
    other[0] ^= 1;
    assertThat(code(issuer.answer(registration(PAN, SERIAL, other)))).isEqualTo("63");
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isEqualTo(1);
    assertThat(storedSecret()).isEqualTo(stored);
  }

  @Test
  void aSealThatDoesNotOpenGets63() throws Exception {
    CardSecretSeal wrongKey = new CardSecretSeal(new byte[32], new SecureRandom());
    IsoMessage request =
        sealedRegistration(PAN, SERIAL, wrongKey.seal(PAN, "3512", SERIAL, CARD_SECRET));
    assertThat(code(issuer.answer(request))).isEqualTo("63");
    // sealed for another card: the AAD does not match
    IsoMessage moved =
        sealedRegistration(
            PAN, SERIAL, network.seal("5555555555554444", "3512", SERIAL, CARD_SECRET));
    assertThat(code(issuer.answer(moved))).isEqualTo("63");
    assertThat(BankDatabase.number("select count(*) from bank.card_secret")).isZero();
  }

  @Test
  void aFileUpdateForAnotherFileIsAFormatError() throws Exception {
    IsoMessage request = registration(PAN, SERIAL, CARD_SECRET);
    request.setValue(Fields.FILE_NAME, "OTHER", IsoType.LLVAR, 0);
    assertThat(code(issuer.answer(request))).isEqualTo("30");
  }

  @Test
  void anAuthorisationWithTheRightTransStainIsApproved() throws Exception {
    issuer.answer(registration(PAN, SERIAL, CARD_SECRET));
    IsoMessage answer = issuer.answer(authorisation(PAN, STAIN_HEX, SERIAL));
    assertThat(code(answer)).isEqualTo("00");
    assertThat(BankDatabase.holds("1111")).isEqualTo(1999);
  }

  @Test
  void aWrongTransStainGets63AndNoHold() throws Exception {
    issuer.answer(registration(PAN, SERIAL, CARD_SECRET));
    String wrong = "0" + STAIN_HEX.substring(1);
    IsoMessage answer = issuer.answer(authorisation(PAN, wrong, SERIAL));
    assertThat(code(answer)).isEqualTo("63");
    assertThat(answer.hasField(Fields.APPROVAL_CODE)).isFalse();
    assertThat(BankDatabase.holds("1111")).isZero();
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isZero();
    assertThat(BankDatabase.ledgerViolations()).isEmpty();
  }

  @Test
  void anUnregisteredSerialGets63AndNoHold() throws Exception {
    issuer.answer(registration(PAN, SERIAL, CARD_SECRET));
    assertThat(code(issuer.answer(authorisation(PAN, STAIN_HEX, "0A")))).isEqualTo("63");
    // the serial is registered for another card only
    assertThat(code(issuer.answer(authorisation("5555555555554444", STAIN_HEX, SERIAL))))
        .isEqualTo("63");
    assertThat(BankDatabase.number("select count(*) from bank.hold")).isZero();
  }

  @Test
  void anEmptySerialIsNotChecked() throws Exception {
    assertThat(code(issuer.answer(authorisation(PAN, "0".repeat(64), "")))).isEqualTo("00");
  }

  @Test
  void aRegisteredStolenCardStillGets43() throws Exception {
    String stolen = "4000000000000028";
    assertThat(code(issuer.answer(registration(stolen, SERIAL, CARD_SECRET)))).isEqualTo("00");
    assertThat(code(issuer.answer(authorisation(stolen, STAIN_HEX, SERIAL)))).isEqualTo("43");
  }

  private IsoMessage registration(String pan, String serial, byte[] secret) throws Exception {
    return sealedRegistration(pan, serial, network.seal(pan, "3512", serial, secret));
  }

  /** A 0302 as the adapter sends it, through the codec like the wire. */
  private IsoMessage sealedRegistration(String pan, String serial, byte[] sealed) throws Exception {
    IsoMessage m = CODEC.newMessage(MessageTypes.FILE_UPDATE);
    m.setValue(Fields.PAN, pan, IsoType.LLVAR, 0);
    Fields.numeric(m, Fields.TRANSMITTED, "1124093015", 10);
    Fields.numeric(m, Fields.STAN, String.format("%06d", stan++), 6);
    Fields.numeric(m, Fields.EXPIRY, "3512", 4);
    Fields.alpha(m, Fields.TERMINAL, "SETCCA01", 8);
    CardSecretFile.of(serial, sealed).writeTo(m);
    Fields.numeric(m, Fields.FILE_UPDATE_CODE, "1", 1);
    m.setValue(Fields.FILE_NAME, "SETCSEC", IsoType.LLVAR, 0);
    return CODEC.decode(CODEC.encode(m));
  }

  /** The golden authorisation for {@code pan}, field 48 naming {@code serial}, a fresh STAN. */
  private IsoMessage authorisation(String pan, String stainHex, String serial) throws Exception {
    IsoMessage m =
        CODEC.decode(IssuerTest.golden("auth-0100.txt").getBytes(StandardCharsets.US_ASCII));
    m.setValue(Fields.PAN, pan, IsoType.LLVAR, 0);
    Fields.numeric(m, Fields.STAN, String.format("%06d", stan++), 6);
    new SetData(HEX.formatHex(XID), stainHex, serial).writeTo(m);
    return CODEC.decode(CODEC.encode(m));
  }

  private static String code(IsoMessage answer) {
    return Fields.text(answer, Fields.RESPONSE_CODE);
  }

  private static byte[] storedSecret() throws Exception {
    try (Connection c = BankDatabase.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("select sealed_secret from bank.card_secret");
        ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).isTrue();
      return rs.getBytes(1);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
