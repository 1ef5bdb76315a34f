package org.agentset.bank.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.solab.iso8583.IsoMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agentset.bank.host.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Iso8583CodecTest {

  private static final String PAN = "4111111111111111";
  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:30:15Z"), ZoneOffset.UTC);

  @Test
  void echoRequestMatchesTheGoldenWireMessage() throws IOException {
    byte[] wire = codec.encode(NetworkManagement.echoRequest(codec, 123, clock));
    assertThat(new String(wire, StandardCharsets.US_ASCII)).isEqualTo(golden("echo-0800.txt"));
  }

  @Test
  void goldenEchoAnswerDecodes() throws Exception {
    IsoMessage answer = codec.decode(bytes(golden("echo-0810.txt")));
    assertThat(answer.getType()).isEqualTo(0x810);
    assertThat(Fields.text(answer, Fields.RESPONSE_CODE)).isEqualTo("00");
    assertThat(Fields.text(answer, Fields.STAN)).isEqualTo("000123");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "auth-0100.txt", "auth-0110-approved.txt", "auth-0110-declined.txt", "capture-0220.txt",
        "capture-0230.txt", "refund-0220.txt", "reversal-0400.txt", "reversal-0410.txt",
        "reversal-0420.txt", "reversal-0430.txt"
      })
  void everyGoldenMessageDecodesAndEncodesBackToTheSameBytes(String vector) throws Exception {
    String wire = golden(vector);
    IsoMessage m = codec.decode(bytes(wire));
    assertThat(MessageTypes.text(m.getType())).isEqualTo(wire.substring(0, 4));
    assertThat(new String(codec.encode(m), StandardCharsets.US_ASCII)).isEqualTo(wire);
  }

  @Test
  void theAuthorisationsFieldsReadBackAsTheStandardDefinesThem() throws Exception {
    IsoMessage m = codec.decode(bytes(golden("auth-0100.txt")));
    assertThat(Fields.text(m, Fields.PAN)).isEqualTo(PAN);
    assertThat(Fields.text(m, Fields.AMOUNT)).isEqualTo("000000001999");
    assertThat(Fields.text(m, Fields.TRANSMITTED)).isEqualTo("1124093015");
    assertThat(Fields.text(m, Fields.RRN)).isEqualTo("632809000123");
    assertThat(Fields.text(m, Fields.TERMINAL)).isEqualTo("T0000001");
    assertThat(Fields.text(m, Fields.MERCHANT)).isEqualTo("NORDLICHT-BOOKS");
    assertThat(SetData.readFrom(m))
        .contains(
            new SetData(
                "0102030405060708090A0B0C0D0E0F1011121314",
                "E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
                ""));
  }

  @Test
  void field48CarriesTheCardholderSerialAsAThirdSubfield() throws Exception {
    IsoMessage m = codec.decode(bytes(golden("auth-0100.txt")));
    SetData signed =
        new SetData(
            "0102030405060708090A0B0C0D0E0F1011121314",
            "E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
            "9F00A1B2C3D4E5");
    signed.writeTo(m);
    String wire = new String(codec.encode(m), StandardCharsets.US_ASCII);
    assertThat(wire)
        .contains(
            "124"
                + "40"
                + signed.xidHex()
                + "64"
                + signed.transStainHex()
                + "14"
                + "9F00A1B2C3D4E5"
                + "978");
    IsoMessage back = codec.decode(bytes(wire));
    assertThat(SetData.readFrom(back)).contains(signed);
    assertThat(signed.hasCardholderSerial()).isTrue();
    // an empty serial is written as an empty third subfield, and reads back empty
    SetData unsigned = new SetData(signed.xidHex(), signed.transStainHex());
    unsigned.writeTo(m);
    IsoMessage again = codec.decode(codec.encode(m));
    assertThat(SetData.readFrom(again)).contains(unsigned);
    assertThat(unsigned.cardholderSerialHex()).isEmpty();
    assertThat(unsigned.hasCardholderSerial()).isFalse();
  }

  @Test
  void field48WithOnlyTheFormerTwoSubfieldsIsRefused() throws Exception {
    String three = golden("auth-0100.txt");
    String two = three.replace("110400102", "108400102").replace("FEFF00978", "FEFF978");
    assertThat(two).isNotEqualTo(three);
    // the layout's third subfield is missing: the message does not parse (no card number in the
    // reason), so the issuer host refuses the frame as it refuses every unparsable one
    try (LogCapture logs = LogCapture.start()) {
      assertThatThrownBy(() -> codec.decode(bytes(two)))
          .isInstanceOf(Iso8583Exception.class)
          .hasMessageStartingWith("malformed 0100")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PAN));
      assertThat(logs.text()).doesNotContain("411111111111");
    }
  }

  @Test
  void setDataRefusesASerialThatIsNotUpperCaseHexBytes() {
    String xid = "0102";
    assertThatThrownBy(() -> new SetData(xid, xid, "9f00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SetData(xid, xid, "F00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SetData(xid, xid, "AB".repeat(21)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SetData(xid, "", "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new SetData(xid, xid, "AB".repeat(20)).cardholderSerialHex()).hasSize(40);
  }

  @Test
  void aFileUpdateAndItsAnswerRoundTripAndKeepTheLayoutsRules() throws Exception {
    IsoMessage m = codec.newMessage(MessageTypes.FILE_UPDATE);
    m.setValue(Fields.PAN, PAN, com.solab.iso8583.IsoType.LLVAR, 0);
    Fields.numeric(m, Fields.TRANSMITTED, "1124093015", 10);
    Fields.numeric(m, Fields.STAN, "000777", 6);
    Fields.numeric(m, Fields.EXPIRY, "3512", 4);
    Fields.alpha(m, Fields.TERMINAL, "SETCCA01", 8);
    CardSecretFile file = CardSecretFile.of("9F00A1B2C3D4E5", new byte[12 + 20 + 16]);
    file.writeTo(m);
    Fields.numeric(m, Fields.FILE_UPDATE_CODE, "1", 1);
    m.setValue(Fields.FILE_NAME, "SETCSEC", com.solab.iso8583.IsoType.LLVAR, 0);
    String wire = new String(codec.encode(m), StandardCharsets.US_ASCII);
    assertThat(wire).startsWith("0302");
    assertThat(wire)
        .contains("SETCCA01" + "115" + "14" + "9F00A1B2C3D4E5" + "096" + "00".repeat(48))
        .endsWith("1" + "07" + "SETCSEC");
    IsoMessage back = codec.decode(bytes(wire));
    assertThat(CardSecretFile.readFrom(back)).isEqualTo(file);
    assertThat(file.toString()).doesNotContain("0000");
    assertThat(MessageTypes.isRequest(back.getType())).isTrue();

    IsoMessage answer = codec.responseTo(back);
    answer.removeFields(Fields.PAN, Fields.EXPIRY);
    Fields.alpha(answer, Fields.RESPONSE_CODE, "00", 2);
    IsoMessage answered = codec.decode(codec.encode(answer));
    assertThat(MessageTypes.text(answered.getType())).isEqualTo("0312");
    assertThat(MessageTypes.isRequest(answered.getType())).isFalse();
    assertThat(CardSecretFile.readFrom(answered)).isEqualTo(file);

    // letters in field 2 and a missing field 101 break the layout's rules
    String lettersInPan = wire.replace(PAN, "41111111111111X1");
    assertThatThrownBy(() -> codec.decode(bytes(lettersInPan)))
        .hasMessage("field 2 of 0302 must be digits");
    m.removeFields(Fields.FILE_NAME);
    assertThatThrownBy(() -> codec.decode(codec.encode(m)))
        .hasMessage("0302 lacks mandatory field 101");
    IsoMessage noCode = codec.responseTo(back);
    noCode.removeFields(Fields.PAN, Fields.EXPIRY);
    assertThatThrownBy(() -> codec.decode(codec.encode(noCode)))
        .hasMessage("0312 lacks mandatory field 39");
  }

  @Test
  void originalDataElementsRoundTrip() throws Exception {
    OriginalData original = new OriginalData(MessageTypes.AUTHORISATION, "000123", "1124093015");
    assertThat(original.encode()).isEqualTo("010000012311240930150000000000000000000000");
    assertThat(OriginalData.parse(original.encode())).isEqualTo(original);
    assertThatThrownBy(() -> OriginalData.parse("0100"))
        .isInstanceOf(Iso8583Exception.class)
        .hasMessageContaining("42 digits");
  }

  @Test
  void framingPrefixesTwoBytesBigEndian() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Framing.write(out, new byte[300]);
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 1);
    assertThat(bytes[1]).isEqualTo((byte) 44);
    assertThat(Framing.read(new ByteArrayInputStream(bytes))).hasSize(300);
  }

  @Test
  void tooShortOrUnknownMessagesGiveASpecificReason() {
    assertThatThrownBy(() -> codec.decode(bytes("08")))
        .isInstanceOf(Iso8583Exception.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> codec.decode(bytes("0999FFFFFFFFFFFFFFFF0000")))
        .hasMessage("unknown message type 0999");
    assertThatThrownBy(() -> codec.decode(bytes("X8002200000000000000112409")))
        .hasMessage("message type is not four digits");
    assertThatThrownBy(() -> codec.decode(bytes("08002200000000000000112409")))
        .isInstanceOf(Iso8583Exception.class)
        .hasMessageStartingWith("unparsable 0800");
  }

  @Test
  void layoutRulesRefuseWhatJ8583WouldAccept() throws Exception {
    String auth = golden("auth-0100.txt");
    // letters in field 4 (amount): j8583 reads them as text, the layout says digits only
    String lettersInAmount = auth.replace("000000001999", "0000000019X9");
    assertThatThrownBy(() -> codec.decode(bytes(lettersInAmount)))
        .isInstanceOf(Iso8583Exception.class)
        .hasMessage("field 4 of 0100 must be digits")
        .satisfies(e -> assertThat(((Iso8583Exception) e).parsedMessage()).isPresent());
    // an 0800 without field 70: bitmap 8220... loses bit 70 and the secondary bitmap
    assertThatThrownBy(
            () -> codec.decode(bytes("0800" + "0220000000000000" + "1124093015" + "000123")))
        .hasMessage("0800 lacks mandatory field 70");
    assertThatThrownBy(() -> codec.decode(bytes(auth + "JUNK")))
        .hasMessage("4 bytes after the last field of 0100");
  }

  @Test
  void aMalformedMessageHoldingACardNumberLeavesItInNoReasonAndNoLog() {
    List<String> broken =
        List.of(
            "0999"
                + "7000000000000000"
                + "16"
                + PAN, // unknown type (j8583 would log the raw bytes)
            "0100" + "7000000000000000" + "19" + PAN, // LLVAR longer than the data
            "0100" + "723C448008C18000" + "16" + PAN + "0000"); // truncated after the PAN
    try (LogCapture logs = LogCapture.start()) {
      for (String wire : broken) {
        assertThatThrownBy(() -> codec.decode(bytes(wire)))
            .isInstanceOf(Iso8583Exception.class)
            .satisfies(
                e -> assertThat(e.getMessage()).doesNotContain(PAN).doesNotContain("411111111111"));
      }
      assertThat(logs.text()).doesNotContain("411111111111");
    }
  }

  @Test
  void redactionRemovesLongDigitRunsOnly() {
    assertThat(Redaction.scrub("field 2 is 4111111111111111 at pos 20"))
        .isEqualTo("field 2 is [digits removed] at pos 20");
    assertThat(Redaction.scrub(null)).isEmpty();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = Iso8583CodecTest.class.getResourceAsStream("/vectors/iso8583/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
