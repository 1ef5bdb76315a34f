package org.agentset.bank.ra;

import static org.assertj.core.api.Assertions.assertThat;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.MessageFactory;
import com.solab.iso8583.parse.ConfigParser;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.host.BankDatabase;
import org.agentset.bank.host.EmbeddedIssuer;
import org.junit.jupiter.api.Test;

/**
 * Shows that what the adapter and the issuer put on the wire is standard ISO 8583:1987: a relay
 * captures the bytes of a real exchange (authorise, capture, refund, reverse, echo), and a decoder
 * configured independently from the standard's table of data elements — not from AgentSET's layout
 * — reads every message completely and finds the values the client interface reported.
 */
class IndependentDecoderTest {

  @Test
  void capturedWireBytesDecodeWithTheStandardDataElementFormats() throws Exception {
    BankDatabase.reset();
    ExecutorService threads = Executors.newCachedThreadPool();
    List<BankResult> results = new ArrayList<>();
    List<byte[]> frames;
    String registered;
    BankResult signed;
    try (EmbeddedIssuer issuer =
            EmbeddedIssuer.start(
                0,
                threads,
                BankDatabase.dataSource(),
                BankDatabase.demoPanKey(),
                BankDatabase.demoCardSecretKey(),
                false,
                Clock.systemUTC());
        RecordingProxy proxy = new RecordingProxy(issuer.port());
        AdapterFixture fixture =
            new AdapterFixture(
                BankDatabase.dataSource(), Duration.ofSeconds(10), "127.0.0.1", proxy.port())) {
      try (BankConnection c = fixture.factory().getConnection()) {
        BankResult auth =
            c.authorise(
                Cards.authorisation("4111111111111111", 19_99).withSet(AcquirerMessagesTest.SET));
        BankResult capture = c.capture(CaptureRequest.of(auth.reference()));
        results.add(auth);
        results.add(capture);
        results.add(c.refund(RefundRequest.of(capture.reference(), Amount.of(5_00, "EUR"))));
        BankResult second = c.authorise(Cards.authorisation("5555555555554444", 7_00));
        results.add(second);
        results.add(c.reverse(ReversalRequest.of(second.reference())));
        c.echo();
        registered = c.registerCardSecret(Cards.registration("5200000000000007"));
        signed =
            c.authorise(
                Cards.authorisation("5200000000000007", 3_00)
                    .withSet(Cards.signed(AcquirerMessagesTest.SET.xid(), Cards.CARD_SECRET)));
      }
      frames = proxy.frames();
    } finally {
      threads.shutdownNow();
    }

    MessageFactory<IsoMessage> reference = referenceDecoder();
    List<IsoMessage> decoded = new ArrayList<>();
    for (byte[] frame : frames) {
      IsoMessage m = reference.parseMessage(frame, 0);
      assertThat(m).isNotNull();
      assertThat(m.writeData()).as("every byte belongs to a standard field").isEqualTo(frame);
      decoded.add(m);
    }
    assertThat(decoded)
        .extracting(m -> String.format("%04x", m.getType()))
        .containsExactly(
            "0100", "0110", "0220", "0230", "0220", "0230", "0100", "0110", "0400", "0410", "0800",
            "0810", "0302", "0312", "0100", "0110");

    BankResult auth = results.get(0);
    IsoMessage request = decoded.get(0);
    assertThat(text(request, 2)).isEqualTo("4111111111111111");
    assertThat(text(request, 3)).isEqualTo("000000");
    assertThat(text(request, 4)).isEqualTo("000000001999");
    assertThat(text(request, 11)).isEqualTo(auth.stan());
    assertThat(text(request, 14)).isEqualTo("3512");
    assertThat(text(request, 37)).isEqualTo(auth.retrievalReference());
    assertThat(text(request, 41)).isEqualTo("T0000001");
    assertThat(text(request, 42)).isEqualTo("NORDLICHT-BOOKS");
    assertThat(text(request, 48))
        .isEqualTo(
            "40"
                + AcquirerMessagesTest.SET.xidHex()
                + "64"
                + AcquirerMessagesTest.SET.transStainHex()
                + "00");
    assertThat(text(request, 49)).isEqualTo("978");

    IsoMessage answer = decoded.get(1);
    assertThat(text(answer, 39)).isEqualTo("00");
    assertThat(text(answer, 38)).isEqualTo(auth.approvalCode());
    assertThat(answer.hasField(2)).isFalse();

    IsoMessage capture = decoded.get(2);
    assertThat(text(capture, 38)).isEqualTo(auth.approvalCode());
    assertThat(text(capture, 90)).startsWith("0100" + auth.stan());
    assertThat(capture.hasField(2)).isFalse();
    assertThat(text(decoded.get(4), 3)).isEqualTo("200000");
    assertThat(text(decoded.get(4), 90)).startsWith("0220" + results.get(1).stan());
    assertThat(text(decoded.get(8), 90)).startsWith("0100" + results.get(3).stan());
    assertThat(text(decoded.get(9), 39)).isEqualTo("00");
    assertThat(text(decoded.get(10), 70)).isEqualTo("301");

    assertThat(registered).isEqualTo("00");
    IsoMessage update = decoded.get(12);
    String serial = Cards.registration("5200000000000007").cardholderSerialHex();
    assertThat(text(update, 2)).isEqualTo("5200000000000007");
    assertThat(text(update, 14)).isEqualTo("3512");
    assertThat(text(update, 41)).isEqualTo("SETCCA01");
    assertThat(text(update, 91)).isEqualTo("1");
    assertThat(text(update, 101)).isEqualTo("SETCSEC");
    String field48 = text(update, 48);
    assertThat(field48).startsWith(String.format("%02d", serial.length()) + serial);
    String sealed = field48.substring(2 + serial.length() + 3);
    assertThat(field48.substring(2 + serial.length(), 2 + serial.length() + 3))
        .isEqualTo(String.format("%03d", sealed.length()));
    assertThat(sealed).hasSize(2 * (12 + Cards.CARD_SECRET.length + 16)).matches("[0-9A-F]+");
    assertThat(sealed)
        .doesNotContain(java.util.HexFormat.of().withUpperCase().formatHex(Cards.CARD_SECRET));
    IsoMessage updated = decoded.get(13);
    assertThat(text(updated, 39)).isEqualTo("00");
    assertThat(updated.hasField(2)).isFalse();
    assertThat(updated.hasField(14)).isFalse();
    assertThat(text(updated, 48)).isEqualTo(field48);

    assertThat(signed.responseCode()).isEqualTo("00");
    assertThat(text(decoded.get(14), 48)).endsWith(String.format("%02d", serial.length()) + serial);
  }

  private static MessageFactory<IsoMessage> referenceDecoder() throws Exception {
    try (Reader xml =
        new InputStreamReader(
            IndependentDecoderTest.class.getResourceAsStream("/iso8583-1987-reference.xml"),
            StandardCharsets.US_ASCII)) {
      MessageFactory<IsoMessage> factory = ConfigParser.createFromReader(xml);
      factory.setCharacterEncoding(StandardCharsets.US_ASCII.name());
      factory.setUseBinaryMessages(false);
      return factory;
    }
  }

  private static String text(IsoMessage m, int field) {
    return m.getField(field).toString().strip();
  }
}
