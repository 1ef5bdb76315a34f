package org.agentset.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agentset.ca.testing.OpenSsl;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.asn1.cert.HashedRootKey;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateInfo;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.cert.SetPathValidator;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hierarchy as created: shape, profiles, keys, pointers, and what validators make of it. */
class HierarchyFactoryTest {

  @TempDir Path dir;

  @Test
  void everyCaHasItsProfileParentAndKeys() {
    NewHierarchy h = TestHierarchy.p256();
    assertThat(h.authorities()).hasSize(CaName.values().length);
    for (CaName name : CaName.values()) {
      CaMaterial ca = h.authorities().get(name);
      SetCertificateInfo info = SetCertificateInfo.of(ca.certificate());
      assertThat(info.profile()).as(name.id()).contains(name.profile());
      assertThat(ca.certificate().getSubjectX500Principal().getName())
          .contains("CN=" + name.commonName());
      if (name == CaName.ROOT) {
        assertThat(ca.chain()).containsExactly(ca.certificate());
      } else {
        CaMaterial parent = h.authorities().get(name.parent().orElseThrow());
        assertThat(ca.certificate().getIssuerX500Principal())
            .isEqualTo(parent.certificate().getSubjectX500Principal());
        assertThat(ca.chain()).hasSize(parent.chain().size() + 1);
        assertThat(ca.certificate().getNotAfter()).isBefore(parent.certificate().getNotAfter());
      }
      assertThat(ca.messageKey().isPresent()).isEqualTo(name.hasMessageKeys());
      assertThat(ca.exchangeKey().isPresent()).isEqualTo(name.hasMessageKeys());
      ca.messageKey()
          .ifPresent(
              k ->
                  assertThat(SetCertificateInfo.of(k.certificate()).profile())
                      .contains(name.messageProfile()));
      ca.exchangeKey()
          .ifPresent(
              k ->
                  assertThat(SetCertificateInfo.of(k.certificate()).profile())
                      .contains(name.exchangeProfile()));
    }
    // the communication CA is a second cardholder-CA-profile CA, apart from the cardholder CA
    assertThat(h.authorities().get(CaName.COMMUNICATION).certificate().getSubjectX500Principal())
        .isNotEqualTo(h.authorities().get(CaName.CARDHOLDER).certificate().getSubjectX500Principal());
  }

  @Test
  void noKeyIsUsedTwiceAndTheRootCommitsToItsSuccessor() {
    NewHierarchy h = TestHierarchy.p256();
    Set<String> keys = new HashSet<>();
    for (IssuedCertificate c : h.certificates()) {
      assertThat(keys.add(java.util.HexFormat.of().formatHex(c.certificate().getPublicKey().getEncoded())))
          .as("key of " + c.certificate().getSubjectX500Principal() + " " + c.profile())
          .isTrue();
    }
    assertThat(h.certificates()).hasSize(13);
    X509Certificate successor = h.keyStoreEntries().get("root/next").certificate();
    assertThat(keys).doesNotContain(java.util.HexFormat.of().formatHex(successor.getPublicKey().getEncoded()));
    HashedRootKey committed =
        SetCertificateInfo.of(h.authorities().get(CaName.ROOT).certificate()).hashedRootKey().orElseThrow();
    assertThat(committed)
        .isEqualTo(
            HashedRootKey.forNextRootKey(
                SubjectPublicKeyInfo.getInstance(successor.getPublicKey().getEncoded())));
    assertThat(h.keyStoreEntries()).hasSize(1 + 7 + 6);
  }

  @Test
  void certificatesPointToTheirIssuersCrlAndTheOcspResponder() {
    NewHierarchy h = TestHierarchy.p256();
    assertThat(h.certificates().get(0).issuer()).isEqualTo(CaName.ROOT);
    for (IssuedCertificate c : h.certificates()) {
      String text = new String(c.certificate().getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(text).contains("http://pki.agentset.test/ca/pki/crl/" + c.issuer().id() + ".crl");
      String aia = new String(c.certificate().getExtensionValue("1.3.6.1.5.5.7.1.1"), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(aia).contains("http://pki.agentset.test/ca/ocsp");
    }
  }

  @Test
  void setPathValidationAcceptsEveryCaAndMessageCertificate() throws Exception {
    NewHierarchy h = TestHierarchy.p256();
    List<X509CRL> crls = crls(h);
    SetPathValidator validator =
        new SetPathValidator(
            TestHierarchy.BC,
            Clock.fixed(TestHierarchy.T0.plusSeconds(60), ZoneOffset.UTC),
            List.of(h.authorities().get(CaName.ROOT).certificate()));
    for (CaName name : CaName.values()) {
      CaMaterial ca = h.authorities().get(name);
      validator.validate(ca.chain(), RevocationData.crlsOnly(crls));
      if (name.hasMessageKeys()) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(ca.messageKey().orElseThrow().certificate());
        chain.addAll(h.authorities().get(CaName.GEO).chain());
        assertThat(validator.validate(chain, RevocationData.crlsOnly(crls)).leafProfile())
            .isEqualTo(name.messageProfile());
      }
    }
  }

  @Test
  void openSslVerifiesEveryCertificateWithCrlChecksAtEveryLevel() throws Exception {
    NewHierarchy h = TestHierarchy.p256();
    OpenSsl openssl = new OpenSsl(dir);
    List<X509Certificate> cas = new ArrayList<>();
    for (CaName n : CaName.values()) {
      cas.add(h.authorities().get(n).certificate());
    }
    Path trust = openssl.pem("cas", cas, List.of());
    Path crlFile = openssl.pem("crls", List.of(), crls(h));
    String at = Long.toString(TestHierarchy.T0.plusSeconds(60).getEpochSecond());
    int i = 0;
    for (IssuedCertificate c : h.certificates()) {
      Path leaf = openssl.pem("cert" + i++, List.of(c.certificate()), List.of());
      assertThat(
              openssl.ok(
                  "verify", "-x509_strict", "-attime", at, "-crl_check_all", "-CAfile",
                  trust.toString(), "-CRLfile", crlFile.toString(), leaf.toString()))
          .contains(": OK");
    }
  }

  static List<X509CRL> crls(NewHierarchy h) {
    SetCrlIssuer issuer = new SetCrlIssuer(TestHierarchy.BC, TestHierarchy.CLOCK);
    List<X509CRL> crls = new ArrayList<>();
    for (CaName n : CaName.values()) {
      crls.add(issuer.issue(h.authorities().get(n).signing(), BigInteger.ONE, Duration.ofDays(1), List.of()));
    }
    return crls;
  }

  @Test
  void anRsaHierarchyIsRsa3072SignedWithPss() throws Exception {
    NewHierarchy h = TestHierarchy.factory().create(CaSuite.RSA);
    for (IssuedCertificate c : h.certificates()) {
      assertThat(((java.security.interfaces.RSAPublicKey) c.certificate().getPublicKey()).getModulus().bitLength())
          .isEqualTo(3072);
      assertThat(c.certificate().getSigAlgName()).containsIgnoringCase("MGF1");
    }
    assertThat(SetCertificateInfo.of(h.authorities().get(CaName.MERCHANT).exchangeKey().orElseThrow().certificate()).profile())
        .contains(CertificateProfile.MERCHANT_CA_KEY_EXCHANGE);
    OpenSsl openssl = new OpenSsl(dir);
    List<X509Certificate> cas = new ArrayList<>();
    for (CaName n : CaName.values()) {
      cas.add(h.authorities().get(n).certificate());
    }
    Path trust = openssl.pem("rsa-cas", cas, List.of());
    Path crlFile = openssl.pem("rsa-crls", List.of(), crls(h));
    Path leaf = openssl.pem("rsa-gw-kx", List.of(h.authorities().get(CaName.GATEWAY).exchangeKey().orElseThrow().certificate()), List.of());
    String at = Long.toString(TestHierarchy.T0.plusSeconds(60).getEpochSecond());
    assertThat(
            openssl.ok(
                "verify", "-x509_strict", "-attime", at, "-crl_check_all", "-CAfile", trust.toString(),
                "-CRLfile", crlFile.toString(), leaf.toString()))
        .contains(": OK");
  }
}
