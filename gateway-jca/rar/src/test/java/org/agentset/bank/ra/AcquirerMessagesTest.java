package org.agentset.bank.ra;

import static org.assertj.core.api.Assertions.assertThat;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.bank.api.TransactionReference.Kind;
import org.agentset.bank.iso8583.CardSecretFile;
import org.agentset.bank.iso8583.CardSecretSeal;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.MessageTypes;
import org.junit.jupiter.api.Test;

/** The acquirer's requests, built from the client interface's types, equal the golden messages. */
class AcquirerMessagesTest {

  static final Acceptor ACCEPTOR = new Acceptor("T0000001", "NORDLICHT-BOOKS", "5942");
  static final SetReference SET =
      SetReference.of(
          HexFormat.of().parseHex("0102030405060708090A0B0C0D0E0F1011121314"),
          HexFormat.of()
              .parseHex("E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF"));
  static final Trace AUTH_TRACE = new Trace(123, Instant.parse("2026-11-24T09:30:15Z"));
  static final TransactionReference AUTH =
      new TransactionReference(
          Kind.AUTHORISATION,
          AUTH_TRACE,
          ACCEPTOR,
          Amount.of(1999, "EUR"),
          "632809000123",
          "A1B2C3",
          SET);

  private final AcquirerMessages messages = new AcquirerMessages(Iso8583Codec.standard());

  @Test
  void authorisation() throws IOException {
    AuthorisationRequest request =
        AuthorisationRequest.of(
                CardNumber.of("4111 1111 1111 1111"),
                YearMonth.of(2035, 12),
                Amount.of(1999, "EUR"),
                ACCEPTOR)
            .withSet(SET);
    assertThat(wire(messages.authorisation(request, AUTH_TRACE)))
        .isEqualTo(golden("auth-0100.txt"));
    assertThat(AcquirerMessages.retrievalReference(AUTH_TRACE)).isEqualTo("632809000123");
  }

  @Test
  void capture() throws IOException {
    Trace trace = new Trace(124, Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(wire(messages.capture(CaptureRequest.of(AUTH), trace)))
        .isEqualTo(golden("capture-0220.txt"));
  }

  @Test
  void refund() throws IOException {
    TransactionReference capture =
        new TransactionReference(
            Kind.CAPTURE,
            new Trace(124, Instant.parse("2026-11-24T10:00:00Z")),
            ACCEPTOR,
            Amount.of(1999, "EUR"),
            "632809000123",
            "A1B2C3",
            SET);
    Trace trace = new Trace(126, Instant.parse("2026-11-25T14:15:00Z"));
    assertThat(wire(messages.refund(RefundRequest.of(capture, Amount.of(500, "EUR")), trace)))
        .isEqualTo(golden("refund-0220.txt"));
  }

  @Test
  void reversalAndItsRepeatDifferOnlyInTheMessageType() throws IOException {
    PendingReversal reversal =
        PendingReversal.of(AUTH, new Trace(125, Instant.parse("2026-11-24T09:30:45Z")));
    assertThat(wire(messages.reversal(reversal, MessageTypes.REVERSAL)))
        .isEqualTo(golden("reversal-0400.txt"));
    assertThat(wire(messages.reversal(reversal, MessageTypes.REVERSAL_ADVICE)))
        .isEqualTo(golden("reversal-0420.txt"));
  }

  @Test
  void cardSecretRegistration() throws Exception {
    Iso8583Codec codec = Iso8583Codec.standard();
    byte[] key = HexFormat.of().parseHex(org.agentset.bank.host.DemoCards.DEMO_CARD_SECRET_KEY_HEX);
    CardSecretSeal seal = new CardSecretSeal(key, new java.security.SecureRandom());
    CardSecretRegistration registration =
        new CardSecretRegistration(
            CardNumber.of("4111111111111111"),
            YearMonth.of(2035, 12),
            new BigInteger("00FF01", 16),
            Cards.CARD_SECRET);
    IsoMessage m = codec.decode(codec.encode(messages.cardSecret(registration, AUTH_TRACE, seal)));
    assertThat(MessageTypes.text(m.getType())).isEqualTo("0302");
    assertThat(Fields.text(m, Fields.PAN)).isEqualTo("4111111111111111");
    assertThat(Fields.text(m, Fields.TRANSMITTED)).isEqualTo("1124093015");
    assertThat(Fields.text(m, Fields.STAN)).isEqualTo("000123");
    assertThat(Fields.text(m, Fields.EXPIRY)).isEqualTo("3512");
    assertThat(Fields.text(m, Fields.TERMINAL)).isEqualTo("SETCCA01");
    assertThat(Fields.text(m, Fields.FILE_UPDATE_CODE)).isEqualTo("1");
    assertThat(Fields.text(m, Fields.FILE_NAME)).isEqualTo("SETCSEC");
    CardSecretFile file = CardSecretFile.readFrom(m);
    assertThat(file.serialHex()).isEqualTo("FF01");
    assertThat(seal.open("4111111111111111", "3512", "FF01", file.sealed()))
        .hasValueSatisfying(s -> assertThat(s).isEqualTo(Cards.CARD_SECRET));
    assertThat(wire(m)).doesNotContain(HexFormat.of().withUpperCase().formatHex(Cards.CARD_SECRET));
    assertThat(m.hasField(Fields.AMOUNT)).isFalse();
    assertThat(registration.toString()).doesNotContain("4111111111111111");
  }

  @Test
  void anAuthorisationNamingTheCardholderCertificateCarriesItsSerialInField48() throws Exception {
    AuthorisationRequest request =
        AuthorisationRequest.of(
                CardNumber.of("4111 1111 1111 1111"),
                YearMonth.of(2035, 12),
                Amount.of(1999, "EUR"),
                ACCEPTOR)
            .withSet(SET.withCardholderSerial(new BigInteger("9F00A1B2C3D4E5", 16)));
    String golden = golden("auth-0100.txt");
    String expected =
        golden.replace("110400102", "124400102").replace("FEFF00978", "FEFF149F00A1B2C3D4E5978");
    assertThat(expected).isNotEqualTo(golden);
    assertThat(wire(messages.authorisation(request, AUTH_TRACE))).isEqualTo(expected);
  }

  private static String wire(com.solab.iso8583.IsoMessage m) {
    return new String(m.writeData(), StandardCharsets.US_ASCII);
  }

  static String golden(String name) throws IOException {
    try (InputStream in =
        AcquirerMessagesTest.class.getResourceAsStream("/vectors/iso8583/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }
}
