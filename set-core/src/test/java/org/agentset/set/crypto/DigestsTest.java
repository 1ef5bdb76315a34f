package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * H, DD and L. Expected digests were computed with {@code openssl dgst -sha256} over the DER given
 * in hex here, and the DigestedData assembled by hand from RFC 5652 §7.
 */
class DigestsTest {

  /** SEQUENCE { UTF8String "known-answer t", INTEGER 4200 } = {@link Vectors#t()}. */
  private static final String T_DER = "30140c0e6b6e6f776e2d616e7377657220740202" + "1068";

  private static final String T_SHA256 =
      "85573f3e706d8a38d00e746b729a703e91bd98d9f23c2e38ad54c7b3e4e647ea";

  private final Digests digests = new Digests(Reasons.SUITES.p256());

  @Test
  void hashIsSha256() {
    assertThat(Hex.toHexString(digests.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void digestedDataIsTheKnownDer() {
    assertThat(Hex.toHexString(Der.encode(Vectors.t()))).isEqualTo(T_DER);
    DigestedData dd = digests.digestedData(SetContentTypes.PI_DATA, Vectors.t());
    assertThat(Hex.toHexString(Der.encode(dd)))
        .isEqualTo(
            "303a"
                + "020102"
                + "300b0609608648016503040201"
                + "30060604672a0005"
                + "0420"
                + T_SHA256);
  }

  @Test
  void idDataDigestedDataHasVersionZero() {
    DigestedData dd =
        digests.digestedData(org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data, Vectors.t());
    assertThat(dd.getVersion().intValueExact()).isZero();
  }

  @Test
  void checkAcceptsTheMatchingValueForEverySuite() throws Exception {
    for (AlgorithmSuite suite : Reasons.SUITES.all()) {
      Digests d = new Digests(suite);
      d.check(
          d.digestedData(SetContentTypes.OI_DATA, Vectors.t()),
          SetContentTypes.OI_DATA,
          Vectors.t(),
          "hOIData");
    }
  }

  @Test
  void flippedContentFails() {
    DigestedData dd = digests.digestedData(SetContentTypes.OI_DATA, Vectors.t());
    fails(
        () ->
            digests.check(
                dd, SetContentTypes.OI_DATA, Tamper.flip(Hex.decode(T_DER), 5), "hOIData"),
        Reason.DIGEST_MISMATCH,
        "hOIData");
  }

  @Test
  void flippedDigestFails() {
    byte[] digest = Tamper.flip(Hex.decode(T_SHA256), 0);
    DigestedData dd = dd(2, NISTObjectIdentifiers.id_sha256, SetContentTypes.OI_DATA, digest);
    fails(
        () -> digests.check(dd, SetContentTypes.OI_DATA, Vectors.t(), "hOIData"),
        Reason.DIGEST_MISMATCH);
  }

  @Test
  void otherContentTypeFails() {
    DigestedData dd = digests.digestedData(SetContentTypes.PI_DATA, Vectors.t());
    fails(
        () -> digests.check(dd, SetContentTypes.OI_DATA, Vectors.t(), "hOIData"),
        Reason.CONTENT_TYPE_MISMATCH,
        "hOIData.encapContentInfo");
  }

  @Test
  void otherDigestAlgorithmFails() {
    DigestedData sha384 =
        dd(2, NISTObjectIdentifiers.id_sha384, SetContentTypes.OI_DATA, new byte[48]);
    fails(
        () -> digests.check(sha384, SetContentTypes.OI_DATA, Vectors.t(), "hOIData"),
        Reason.SUITE_MISMATCH,
        "hOIData.digestAlgorithm");
  }

  @Test
  void malformedDigestedDataIsRefused() {
    byte[] digest = Hex.decode(T_SHA256);
    // version 0 with a SET content type, an attached content, an empty digest
    DigestedData v0 = dd(0, NISTObjectIdentifiers.id_sha256, SetContentTypes.OI_DATA, digest);
    fails(() -> digests.check(v0, SetContentTypes.OI_DATA, Vectors.t(), "h"), Reason.MALFORMED);
    DigestedData attached =
        DigestedData.getInstance(
            new DERSequence(
                new ASN1Encodable[] {
                  new ASN1Integer(2), new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                  new ContentInfo(SetContentTypes.OI_DATA, Vectors.t()), new DEROctetString(digest)
                }));
    fails(
        () -> digests.check(attached, SetContentTypes.OI_DATA, Vectors.t(), "h"), Reason.MALFORMED);
    DigestedData empty =
        dd(2, NISTObjectIdentifiers.id_sha256, SetContentTypes.OI_DATA, new byte[0]);
    fails(() -> digests.check(empty, SetContentTypes.OI_DATA, Vectors.t(), "h"), Reason.MALFORMED);
    fails(
        () -> Digests.readDigestedData(new DERSequence(new ASN1Integer(2)), "h"),
        Reason.MALFORMED,
        "h");
  }

  @Test
  void linkCarriesTheFirstValueAndTheDigestOfTheSecond() throws Exception {
    Link link = digests.link(Fixtures.value("PIHead"), SetContentTypes.OI_DATA, Vectors.t());
    Link read = Link.getInstance(Der.decode(Der.encode(link), "L"), "PI-OILink");
    assertThat(Der.encode(read.content())).isEqualTo(Der.encode(Fixtures.value("PIHead")));
    digests.checkLink(read, SetContentTypes.OI_DATA, Hex.decode(T_DER), "PI-OILink");
    fails(
        () ->
            digests.checkLink(
                read, SetContentTypes.OI_DATA, Der.encode(Fixtures.value("other")), "PI-OILink"),
        Reason.DIGEST_MISMATCH,
        "PI-OILink.t2Hash");
    fails(
        () -> Link.getInstance(new DERSequence(Vectors.t()), "PI-OILink"),
        Reason.MALFORMED,
        "PI-OILink");
  }

  private static DigestedData dd(
      int version,
      org.bouncycastle.asn1.ASN1ObjectIdentifier alg,
      org.bouncycastle.asn1.ASN1ObjectIdentifier type,
      byte[] digest) {
    return DigestedData.getInstance(
        new DERSequence(
            new ASN1Encodable[] {
              new ASN1Integer(version),
              new AlgorithmIdentifier(alg),
              new ContentInfo(type, null),
              new DEROctetString(digest)
            }));
  }
}
