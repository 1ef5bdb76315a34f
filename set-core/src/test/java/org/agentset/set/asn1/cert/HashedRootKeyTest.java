package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

class HashedRootKeyTest {

  private static final SubjectPublicKeyInfo KEY =
      new SubjectPublicKeyInfo(
          new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey),
          new DERBitString(new byte[65]));

  @Test
  void goldenEncodingIsSha256OfTheSpki() throws Exception {
    HashedRootKey h = HashedRootKey.forNextRootKey(KEY);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(KEY.getEncoded("DER"));
    String expected =
        "303d"
            + "303b"
            + "020100"
            + "300b0609608648016503040201"
            + "3007060567 2a030000".replace(" ", "")
            + "0420"
            + HexFormat.of().formatHex(digest);
    assertThat(HexFormat.of().formatHex(StrictDer.encode(h))).isEqualTo(expected);
    HashedRootKey back = HashedRootKey.fromExtensionValue(StrictDer.encode(h));
    assertThat(back.digest()).isEqualTo(digest);
    assertThat(back.commitsTo(KEY)).isTrue();
  }

  private static byte[] dd(
      int version, AlgorithmIdentifier alg, String contentType, int digestLen) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new ASN1Integer(version));
    v.add(alg);
    v.add(new DERSequence(new org.bouncycastle.asn1.ASN1ObjectIdentifier(contentType)));
    v.add(new DEROctetString(new byte[digestLen]));
    return StrictDer.encode(new DERSequence(new DERSequence(v)));
  }

  @Test
  void everyComponentIsChecked() {
    AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
    assertThat(HashedRootKey.fromExtensionValue(dd(0, sha256, "2.23.42.3.0.0", 32)).digest())
        .hasSize(32);
    fails(dd(1, sha256, "2.23.42.3.0.0", 32), "hashedRootKey.rootKeyThumbprint.ddVersion");
    fails(
        dd(0, new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), "2.23.42.3.0.0", 20),
        "hashedRootKey.rootKeyThumbprint.digestAlgorithm");
    fails(
        dd(0, sha256, "1.2.840.113549.1.7.1", 32),
        "hashedRootKey.rootKeyThumbprint.contentInfo.contentType");
    fails(dd(0, sha256, "2.23.42.3.0.0", 20), "hashedRootKey.rootKeyThumbprint.digest");
    fails(StrictDer.encode(new DERSequence()), "hashedRootKey.rootKeyThumbprint");
  }

  private static void fails(byte[] der, String field) {
    assertThatThrownBy(() -> HashedRootKey.fromExtensionValue(der))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
