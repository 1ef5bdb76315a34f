package org.agentset.set.asn1.der;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agentset.set.asn1.der.SetDecodingException.Reason;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictDerTest {

  private static final DerLimits LIMITS = DerLimits.DEFAULT;

  @Test
  void acceptsCanonicalDer() {
    ASN1Primitive p = StrictDer.parse(Hex.decode("300604010102010a"), LIMITS);
    assertThat(p).isInstanceOf(ASN1Sequence.class);
    assertThat(((ASN1Sequence) p).size()).isEqualTo(2);
  }

  @Test
  void acceptsLongFormLengthWhenNeeded() {
    byte[] der = new byte[3 + 200];
    der[0] = 0x04;
    der[1] = (byte) 0x81;
    der[2] = (byte) 200;
    assertThat(StrictDer.parse(der, LIMITS)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty input,                       '',                 TRUNCATED",
    "indefinite length,                 3080040100 0000,    NOT_DER",
    "non-minimal long length,           30 81 03 040100,    NOT_DER",
    "length with leading zero octet,    30 82 0003 040100,  NOT_DER",
    "five length octets,                04 85 0000000001 00, OVERSIZED",
    "declared length beyond input,      30 05 0401,         TRUNCATED",
    "inner length beyond outer,         30 03 0405 00,      TRUNCATED",
    "length octets cut off,             04 82 01,           TRUNCATED",
    "tag only,                          30,                 TRUNCATED",
    "trailing garbage,                  0500 00,            TRAILING_DATA",
    "end-of-contents element,           30 02 0000,         NOT_DER",
    "constructed octet string,          24 03 040100,       NOT_DER",
    "primitive sequence,                10 00,              NOT_DER",
    "boolean of two octets,             01 02 ffff,         NOT_DER",
    "boolean not 0xff,                  01 01 01,           NOT_DER",
    "null with content,                 05 01 00,           NOT_DER",
    "non-minimal integer,               02 02 0001,         NOT_DER",
    "high tag form for low tag,         9f 05 00,           NOT_DER",
    "high tag with leading zero bits,   9f 80 21 00,        NOT_DER",
    "unsorted set,                      31 06 020102 020101, NOT_DER",
    "bit string with dirty unused bits, 03 02 07 ff,        NOT_DER",
  })
  void rejects(String what, String hex, Reason reason) {
    byte[] input = Hex.decode(hex.replace(" ", ""));
    assertThatThrownBy(() -> StrictDer.parse(input, LIMITS))
        .isInstanceOf(SetDecodingException.class)
        .extracting(e -> ((SetDecodingException) e).getReason())
        .isEqualTo(reason);
  }

  @Test
  void rejectsInputOverTheSizeLimit() {
    byte[] der = new byte[2 + 100];
    der[0] = 0x04;
    der[1] = 100;
    assertThatThrownBy(() -> StrictDer.parse(der, new DerLimits(50, 8)))
        .isInstanceOfSatisfying(
            SetDecodingException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.OVERSIZED));
  }

  @Test
  void hugeDeclaredLengthIsRejectedWithoutAllocation() {
    byte[] der = Hex.decode("047fffffff00");
    der[1] = (byte) 0x84;
    assertThatThrownBy(() -> StrictDer.parse(der, LIMITS))
        .isInstanceOfSatisfying(
            SetDecodingException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.TRUNCATED));
  }

  @Test
  void rejectsNestingBeyondTheDepthLimit() {
    byte[] deep = nested(40);
    assertThatThrownBy(() -> StrictDer.parse(deep, LIMITS))
        .isInstanceOfSatisfying(
            SetDecodingException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.TOO_DEEP));
    assertThat(StrictDer.parse(nested(32), LIMITS)).isNotNull();
  }

  @Test
  void timeDecoderAcceptsOnlyDerGeneralizedTime() {
    Decoder<Instant> time = Values.time();
    assertThat(time.decode(Der.time(Instant.parse("2026-03-01T10:15:30.120Z"))))
        .isEqualTo(Instant.parse("2026-03-01T10:15:30.120Z"));
    assertThat(Der.time(Instant.parse("2026-03-01T10:15:30Z")).getTimeString())
        .isEqualTo("20260301101530Z");
    for (String bad :
        new String[] {"20260301101530", "202603011015Z", "20260301101530.10Z", "20261301101530Z"}) {
      byte[] der = new byte[2 + bad.length()];
      der[0] = 0x18;
      der[1] = (byte) bad.length();
      System.arraycopy(
          bad.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, der, 2, bad.length());
      assertThatThrownBy(() -> time.decode(StrictDer.parse(der, LIMITS)))
          .as(bad)
          .isInstanceOf(SetDecodingException.class);
    }
  }

  private static byte[] nested(int depth) {
    byte[] der = Hex.decode("0500");
    for (int i = 0; i < depth; i++) {
      byte[] outer = new byte[der.length + (der.length < 128 ? 2 : der.length < 256 ? 3 : 4)];
      int pos = 0;
      outer[pos++] = 0x30;
      if (der.length < 128) {
        outer[pos++] = (byte) der.length;
      } else if (der.length < 256) {
        outer[pos++] = (byte) 0x81;
        outer[pos++] = (byte) der.length;
      } else {
        outer[pos++] = (byte) 0x82;
        outer[pos++] = (byte) (der.length >> 8);
        outer[pos++] = (byte) der.length;
      }
      System.arraycopy(der, 0, outer, pos, der.length);
      der = outer;
    }
    return der;
  }
}
