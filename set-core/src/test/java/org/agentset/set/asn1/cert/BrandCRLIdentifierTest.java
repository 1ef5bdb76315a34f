package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

class BrandCRLIdentifierTest {

  private static final Instant NB = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void roundTrips() {
    UnsignedBrandCRLIdentifier tbs =
        new UnsignedBrandCRLIdentifier(
            BigInteger.valueOf(7),
            "AgentCard",
            NB,
            NB.plusSeconds(86400),
            List.of(
                new CRLIdentifier(new X500Name("CN=PCA"), BigInteger.TEN),
                new CRLIdentifier(new X500Name("CN=Root"), BigInteger.ONE)));
    BrandCRLIdentifier bci =
        new BrandCRLIdentifier(
            tbs,
            new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256),
            new byte[] {1, 2, 3});
    BrandCRLIdentifier back = BrandCRLIdentifier.fromDer(StrictDer.encode(bci));
    assertThat(StrictDer.encode(back)).isEqualTo(StrictDer.encode(bci));
    assertThat(back.tbs().crls())
        .extracting(CRLIdentifier::crlNumber)
        .containsExactly(BigInteger.TEN, BigInteger.ONE);
    assertThat(back.tbs().notAfter()).isEqualTo(NB.plusSeconds(86400));
  }

  private static byte[] signed(int version, String notBefore, String notAfter) {
    ASN1EncodableVector t = new ASN1EncodableVector();
    t.add(new ASN1Integer(version));
    t.add(new ASN1Integer(1));
    t.add(new DERVisibleString("AgentCard"));
    t.add(new DERGeneralizedTime(notBefore));
    t.add(new DERGeneralizedTime(notAfter));
    ASN1EncodableVector s = new ASN1EncodableVector();
    s.add(new DERSequence(t));
    s.add(new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256));
    s.add(new org.bouncycastle.asn1.DERBitString(new byte[] {1}));
    return StrictDer.encode(new DERSequence(s));
  }

  @Test
  void strictDecoding() {
    assertThat(
            BrandCRLIdentifier.fromDer(signed(0, "20260301000000Z", "20260302000000Z"))
                .tbs()
                .crls())
        .isEmpty();
    fails(signed(1, "20260301000000Z", "20260302000000Z"), "brandCRLIdentifier.tbs.version");
    fails(signed(0, "20260301000000.5Z", "20260302000000Z"), "brandCRLIdentifier.tbs.notBefore");
    fails(signed(0, "20260302000000Z", "20260301000000Z"), "brandCRLIdentifier.tbs.notAfter");
    fails(StrictDer.encode(new DERSequence()), "brandCRLIdentifier.toBeSigned");
  }

  private static void fails(byte[] der, String field) {
    assertThatThrownBy(() -> BrandCRLIdentifier.fromDer(der))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
