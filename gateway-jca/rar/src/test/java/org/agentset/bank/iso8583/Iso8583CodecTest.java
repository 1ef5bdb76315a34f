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
import org.junit.jupiter.api.Test;

class Iso8583CodecTest {

  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:30:15Z"), ZoneOffset.UTC);

  @Test
  void echoRequestMatchesTheGoldenWireMessage() throws IOException {
    byte[] wire = codec.encode(NetworkManagement.echoRequest(codec, 123, clock));
    assertThat(new String(wire, StandardCharsets.US_ASCII)).isEqualTo(golden("echo-0800.txt"));
  }

  @Test
  void goldenEchoAnswerDecodes() throws Exception {
    IsoMessage answer =
        codec.decode(golden("echo-0810.txt").getBytes(StandardCharsets.US_ASCII));
    assertThat(answer.getType()).isEqualTo(0x810);
    assertThat(answer.getObjectValue(39).toString()).isEqualTo("00");
    assertThat(answer.getObjectValue(11).toString()).isEqualTo("000123");
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
  void malformedMessagesGiveATypedReason() {
    assertThatThrownBy(() -> codec.decode("08".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(Iso8583Exception.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(
            () -> codec.decode("0999FFFFFFFFFFFFFFFF0000".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(Iso8583Exception.class);
    assertThatThrownBy(
            () ->
                codec.decode(
                    "08002200000000000000112409".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(Iso8583Exception.class);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in =
        Iso8583CodecTest.class.getResourceAsStream("/vectors/iso8583/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }
}
