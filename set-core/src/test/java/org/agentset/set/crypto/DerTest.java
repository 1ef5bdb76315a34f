package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class DerTest {

  @Test
  void readsCanonicalDer() throws Exception {
    ASN1Primitive value = Der.decode(Hex.decode("3006020101020102"), "x");
    assertThat(value)
        .isEqualTo(
            new DERSequence(
                new org.bouncycastle.asn1.ASN1Encodable[] {
                  new ASN1Integer(1), new ASN1Integer(2)
                }));
  }

  @Test
  void refusesIndefiniteLength() {
    assertReason("3080020101 0000", Reason.MALFORMED);
  }

  @Test
  void refusesNonMinimalLength() {
    assertReason("30 8103 020101", Reason.MALFORMED);
    assertReason("30 820003 020101", Reason.MALFORMED);
  }

  @Test
  void refusesTrailingBytes() {
    assertReason("3003020101 00", Reason.MALFORMED);
  }

  @Test
  void refusesTruncation() {
    assertReason("3006020101 0201", Reason.MALFORMED);
    assertReason("30", Reason.MALFORMED);
  }

  @Test
  void refusesInnerLengthBeyondParent() {
    assertReason("3003 020501", Reason.MALFORMED);
  }

  @Test
  void refusesNonCanonicalContent() {
    // INTEGER 1 with a redundant leading zero, and an unsorted SET OF
    assertReason("3004 02020001", Reason.MALFORMED);
    assertReason("3106 020102 020101", Reason.MALFORMED);
    // BOOLEAN TRUE not encoded as FF
    assertReason("3003 010101", Reason.MALFORMED);
  }

  @Test
  void refusesEmptyInput() {
    assertReason("", Reason.MALFORMED);
  }

  @Test
  void acceptsNestingUpToTheLimitAndRefusesDeeper() throws Exception {
    byte[] deepest = nested(Der.MAX_DEPTH);
    assertThat(Der.encode(Der.decode(deepest, "deep"))).isEqualTo(deepest);
    assertThatThrownBy(() -> Der.decode(nested(Der.MAX_DEPTH + 1), "deep"))
        .isInstanceOfSatisfying(
            SetCryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  /** {@code levels} SEQUENCEs, each holding the next; the innermost is empty. */
  private static byte[] nested(int levels) {
    byte[] der = new byte[2 * levels];
    for (int i = 0; i < levels; i++) {
      der[2 * i] = 0x30;
      der[2 * i + 1] = (byte) (der.length - 2 * i - 2);
    }
    return der;
  }

  @Test
  void refusesOversizedInputBeforeParsing() {
    byte[] big = new byte[100];
    big[0] = 0x04;
    big[1] = 98;
    assertThatThrownBy(() -> Der.decode(big, "big", 99))
        .isInstanceOfSatisfying(
            SetCryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void refusesLengthClaimsBeyondInputWithoutAllocating() {
    assertReason("04 847fffffff 00", Reason.MALFORMED);
  }

  @Test
  void exceptionMessageNamesFieldOnly() {
    assertThatThrownBy(() -> Der.decode(Hex.decode("3080"), "PIHead"))
        .hasMessage("malformed: PIHead");
  }

  private static void assertReason(String hex, Reason reason) {
    byte[] der = Hex.decode(hex.replace(" ", ""));
    assertThatThrownBy(() -> Der.decode(der, "field"))
        .isInstanceOfSatisfying(
            SetCryptoException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.field()).isEqualTo("field");
            });
  }
}
