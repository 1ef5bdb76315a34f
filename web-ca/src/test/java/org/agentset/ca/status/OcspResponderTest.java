package org.agentset.ca.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.hierarchy.NewHierarchy;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.cert.CertificateSpec;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The responder's answers for every kind of request, verified as a relying party would. */
class OcspResponderTest {

  private static NewHierarchy h;
  private static X509Certificate merchantCert;
  private static X509Certificate revokedCert;
  private static final Instant REVOKED_AT = Instant.parse("2026-06-01T09:30:00Z");
  private static final Map<String, CertificateStatus> STATUS = new HashMap<>();
  private static OcspResponder responder;
  private static DigestCalculatorProvider digests;

  @BeforeAll
  static void setUp() throws Exception {
    h = TestHierarchy.p256();
    CaMaterial mca = h.authorities().get(CaName.MERCHANT);
    merchantCert = issue(mca, "Good Merchant");
    revokedCert = issue(mca, "Revoked Merchant");
    STATUS.put("merchant/" + merchantCert.getSerialNumber(), CertificateStatus.GOOD);
    STATUS.put(
        "merchant/" + revokedCert.getSerialNumber(),
        CertificateStatus.revoked(REVOKED_AT, RevocationReason.KEY_COMPROMISE));
    responder =
        new OcspResponder(
            TestHierarchy.BC,
            TestHierarchy.CLOCK,
            Duration.ofMinutes(10),
            java.util.List.copyOf(h.authorities().values()),
            (ca, serial) -> Optional.ofNullable(STATUS.get(ca.id() + "/" + serial)));
    digests = new JcaDigestCalculatorProviderBuilder().setProvider(TestHierarchy.BC).build();
  }

  private static X509Certificate issue(CaMaterial ca, String cn) {
    KeyPair keys = CaSuite.P256.generate(TestHierarchy.BC, new java.security.SecureRandom());
    return TestHierarchy.factory()
        .issuer()
        .issue(CertificateSpec.gatewayKeyExchange(new X500Name("CN=" + cn), keys.getPublic(), null)
            .validity(Duration.ofDays(30)), h.authorities().get(CaName.GATEWAY).signing());
  }

  private static CertificateID id(X509Certificate issuer, BigInteger serial, boolean sha256)
      throws Exception {
    return new CertificateID(
        digests.get(sha256 ? new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256) : CertificateID.HASH_SHA1),
        new X509CertificateHolder(issuer.getEncoded()),
        serial);
  }

  private static BasicOCSPResp ask(CertificateID... ids) throws Exception {
    OCSPReqBuilder b = new OCSPReqBuilder();
    for (CertificateID id : ids) {
      b.addRequest(id);
    }
    OCSPResp resp = new OCSPResp(responder.respond(b.build().getEncoded()));
    assertThat(resp.getStatus()).isEqualTo(OCSPRespBuilder.SUCCESSFUL);
    return (BasicOCSPResp) resp.getResponseObject();
  }

  private static X509Certificate gatewayCa() {
    return h.authorities().get(CaName.GATEWAY).certificate();
  }

  @Test
  void answersGoodRevokedAndUnknownSignedByTheIssuingCa() throws Exception {
    // both test certificates are issued by the gateway CA; the lookup only knows them as merchant
    STATUS.put("gateway/" + merchantCert.getSerialNumber(), CertificateStatus.GOOD);
    STATUS.put(
        "gateway/" + revokedCert.getSerialNumber(),
        CertificateStatus.revoked(REVOKED_AT, RevocationReason.KEY_COMPROMISE));
    BasicOCSPResp basic =
        ask(
            id(gatewayCa(), merchantCert.getSerialNumber(), false),
            id(gatewayCa(), revokedCert.getSerialNumber(), true),
            id(gatewayCa(), BigInteger.valueOf(424242), false));
    assertThat(
            basic.isSignatureValid(
                new JcaContentVerifierProviderBuilder()
                    .setProvider(TestHierarchy.BC)
                    .build(gatewayCa().getPublicKey())))
        .isTrue();
    SingleResp[] r = basic.getResponses();
    assertThat(r).hasSize(3);
    assertThat(r[0].getCertStatus()).isNull(); // good
    assertThat(r[1].getCertStatus()).isInstanceOf(RevokedStatus.class);
    RevokedStatus revoked = (RevokedStatus) r[1].getCertStatus();
    assertThat(revoked.getRevocationTime().toInstant()).isEqualTo(REVOKED_AT);
    assertThat(revoked.getRevocationReason()).isEqualTo(CRLReason.keyCompromise);
    assertThat(r[2].getCertStatus()).isInstanceOf(UnknownStatus.class);
    assertThat(r[0].getThisUpdate().toInstant()).isEqualTo(TestHierarchy.T0);
    assertThat(r[0].getNextUpdate().toInstant()).isEqualTo(TestHierarchy.T0.plusSeconds(600));
    assertThat(basic.getCerts()[0].getSubject())
        .isEqualTo(new X509CertificateHolder(gatewayCa().getEncoded()).getSubject());
  }

  @Test
  void aSerialKnownUnderAnotherCaIsUnknownHere() throws Exception {
    // the merchant CA never issued this serial, even though the gateway CA did
    BasicOCSPResp basic =
        ask(id(h.authorities().get(CaName.MERCHANT).certificate(), BigInteger.valueOf(77), false));
    assertThat(basic.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
  }

  @Test
  void echoesTheNonce() throws Exception {
    byte[] nonce = new byte[16];
    Arrays.fill(nonce, (byte) 7);
    OCSPReqBuilder b = new OCSPReqBuilder();
    b.addRequest(id(gatewayCa(), BigInteger.TEN, false));
    b.setRequestExtensions(
        new Extensions(
            new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(new DEROctetString(nonce)))));
    BasicOCSPResp basic =
        (BasicOCSPResp) new OCSPResp(responder.respond(b.build().getEncoded())).getResponseObject();
    Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    assertThat(echoed.getExtnValue().getOctets()).isEqualTo(new DEROctetString(nonce).getEncoded());
  }

  @Test
  void malformedRequestsGetMalformedRequest() throws Exception {
    assertThat(status(new byte[0])).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    assertThat(status(new byte[] {0x30, 0x03, 0x02, 0x01})).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    assertThat(status("GET / HTTP/1.1".getBytes())).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    byte[] good = new OCSPReqBuilder().addRequest(id(gatewayCa(), BigInteger.TEN, false)).build().getEncoded();
    byte[] trailing = Arrays.copyOf(good, good.length + 2);
    assertThat(status(trailing)).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    assertThat(status(new byte[OcspResponder.MAX_REQUEST + 1])).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    // a nonce of 33 octets (RFC 8954 allows 1..32)
    OCSPReqBuilder b = new OCSPReqBuilder();
    b.addRequest(id(gatewayCa(), BigInteger.TEN, false));
    b.setRequestExtensions(
        new Extensions(
            new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                false,
                new DEROctetString(new DEROctetString(new byte[33])))));
    assertThat(status(b.build().getEncoded())).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
  }

  @Test
  void aCertIdOfAForeignIssuerIsUnauthorized() throws Exception {
    NewHierarchy other = TestHierarchy.factory().create(CaSuite.P256);
    byte[] req =
        new OCSPReqBuilder()
            .addRequest(id(other.authorities().get(CaName.GATEWAY).certificate(), BigInteger.TEN, false))
            .build()
            .getEncoded();
    assertThat(status(req)).isEqualTo(OCSPRespBuilder.UNAUTHORIZED);
  }

  private static int status(byte[] request) throws Exception {
    return new OCSPResp(responder.respond(request)).getStatus();
  }
}
