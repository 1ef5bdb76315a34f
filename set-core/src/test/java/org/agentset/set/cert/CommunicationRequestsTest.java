package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.YearMonth;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.asn1.cert.StrictDer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed requests for wallet and customer-agent communication certificates. */
class CommunicationRequestsTest {

  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path dir;

  private final CommunicationRequests requests = new CommunicationRequests(TestKeys.BC);

  private static PKCS10CertificationRequest csr(String cn, KeyPair keys) throws Exception {
    return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + cn), keys.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestKeys.BC).build(keys.getPrivate()));
  }

  /** A cardholder certificate whose key the test holds. */
  private static X509Certificate cardholder(TestPki pki, KeyPair keys) {
    PanIdentity id =
        PanIdentity.compute(PanSecret.derive(TestPki.CARD_SECRET, TestPki.CA_NONCE), TestPki.PAN, TestPki.EXPIRY);
    return pki.issuer.issue(
        CertificateSpec.cardholder(id, "AgentCard", keys.getPublic(), YearMonth.of(2029, 12)), pki.ccaCa);
  }

  @Test
  void aWalletRequestOpensToItsSignerContentAndTime() throws Exception {
    TestPki pki = TestPki.p256();
    KeyPair cardholderKeys = TestKeys.p256();
    X509Certificate cardholder = cardholder(pki, cardholderKeys);
    PKCS10CertificationRequest walletCsr = csr("wallet", TestKeys.p256());
    byte[] der = requests.wallet(walletCsr, cardholder, cardholderKeys.getPrivate(), AT);

    CommunicationRequests.Opened opened =
        requests.open(der, SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST);
    assertThat(opened.signer()).isEqualTo(cardholder);
    assertThat(opened.content()).isEqualTo(walletCsr.getEncoded());
    assertThat(opened.signingTime()).isEqualTo(AT);

    // OpenSSL reads the same structure and gets the same content back
    Path in = Files.write(dir.resolve("wallet-request.der"), der);
    Path out = dir.resolve("content.der");
    new OpenSsl(dir)
        .ok("cms", "-verify", "-noverify", "-inform", "DER", "-in", in.toString(), "-out", out.toString());
    assertThat(Files.readAllBytes(out)).isEqualTo(walletCsr.getEncoded());
  }

  @Test
  void anAgentRequestCarriesTheMandatesEndAndTheAgentsKey() throws Exception {
    TestPki pki = TestPki.p256();
    KeyPair walletKeys = TestKeys.p256();
    X509Certificate wallet =
        pki.issuer.issue(CertificateSpec.wallet(TestPki.dn("Wallet 42"), walletKeys.getPublic()), pki.ccaCa);
    PKCS10CertificationRequest agentCsr = csr("agent", TestKeys.p256());
    AgentCertificateRequest request =
        new AgentCertificateRequest("agent-7f3a", Instant.parse("2026-03-08T12:00:00.750Z"), agentCsr.toASN1Structure());
    byte[] der = requests.customerAgent(request, wallet, walletKeys.getPrivate(), AT);

    CommunicationRequests.Opened opened =
        requests.open(der, SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST);
    assertThat(opened.signer()).isEqualTo(wallet);
    AgentCertificateRequest decoded = AgentCertificateRequest.fromDer(opened.content());
    assertThat(decoded.agentId()).isEqualTo("agent-7f3a");
    assertThat(decoded.notAfter()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
    assertThat(decoded.request()).isEqualTo(agentCsr.toASN1Structure());
  }

  @Test
  void tamperedForeignOrWrongTypeRequestsAreRefused() throws Exception {
    TestPki pki = TestPki.p256();
    KeyPair cardholderKeys = TestKeys.p256();
    X509Certificate cardholder = cardholder(pki, cardholderKeys);
    byte[] der = requests.wallet(csr("wallet", TestKeys.p256()), cardholder, cardholderKeys.getPrivate(), AT);

    assertThatThrownBy(() -> requests.open(der, SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST))
        .hasMessageContaining("content type");
    byte[] tampered = der.clone();
    // flip a bit inside the PKCS#10 content (its subject CN "wallet")
    int at = indexOf(tampered, "wallet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    tampered[at] ^= 0x20;
    assertThatThrownBy(() -> requests.open(tampered, SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST))
        .hasMessageContaining("does not verify");
    // signed with a key that is not the certificate's
    byte[] forged = requests.wallet(csr("wallet", TestKeys.p256()), cardholder, TestKeys.p256().getPrivate(), AT);
    assertThatThrownBy(() -> requests.open(forged, SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST))
        .hasMessageContaining("does not verify");
    assertThatThrownBy(() -> requests.open(new byte[] {0x30, 0x00}, SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST))
        .hasMessageContaining("not a CMS SignedData");
    assertThatThrownBy(
            () -> requests.open(new byte[CommunicationRequests.MAX_BYTES + 1], SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST))
        .hasMessageContaining("larger than");
  }

  @Test
  void agentRequestsDecodeStrictly() throws Exception {
    PKCS10CertificationRequest agentCsr = csr("agent", TestKeys.p256());
    AgentCertificateRequest ok = new AgentCertificateRequest("a.b_c:d-1", AT, agentCsr.toASN1Structure());
    byte[] der = StrictDer.encode(ok);
    assertThat(AgentCertificateRequest.fromDer(der).agentId()).isEqualTo("a.b_c:d-1");
    assertThatThrownBy(() -> new AgentCertificateRequest("no spaces", AT, agentCsr.toASN1Structure()))
        .isInstanceOf(MalformedCertExtensionException.class)
        .hasMessageContaining("agentId");
    assertThatThrownBy(() -> new AgentCertificateRequest("x".repeat(65), AT, agentCsr.toASN1Structure()))
        .hasMessageContaining("agentId");
    byte[] trailing = java.util.Arrays.copyOf(der, der.length + 2);
    assertThatThrownBy(() -> AgentCertificateRequest.fromDer(trailing))
        .isInstanceOf(MalformedCertExtensionException.class);
    // a time with fractional seconds is not the canonical form
    org.bouncycastle.asn1.ASN1EncodableVector v = new org.bouncycastle.asn1.ASN1EncodableVector();
    v.add(new org.bouncycastle.asn1.DERUTF8String("a"));
    v.add(new org.bouncycastle.asn1.DERGeneralizedTime("20260301120000.5Z"));
    v.add(agentCsr.toASN1Structure());
    byte[] fractional = new org.bouncycastle.asn1.DERSequence(v).getEncoded();
    assertThatThrownBy(() -> AgentCertificateRequest.fromDer(fractional))
        .hasMessageContaining("notAfter");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
