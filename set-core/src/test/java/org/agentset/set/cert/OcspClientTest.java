package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class OcspClientTest {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private final TestPki pki = TestPki.p256();
  private final Instant now = TestPki.CHECK_CLOCK.instant();
  private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

  /** An in-process responder signing as {@code signer} with the given status and validity. */
  private final class Responder implements OcspClient.Transport {
    final AtomicInteger asked = new AtomicInteger();
    CaCredential signer = pki.mcaCa;
    CertificateStatus status = CertificateStatus.GOOD;
    Duration validity = Duration.ofHours(1);
    boolean echoNonce = true;
    boolean alterNonce;

    @Override
    public byte[] post(byte[] request) throws IOException {
      asked.incrementAndGet();
      try {
        OCSPReq req = new OCSPReq(request);
        X509CertificateHolder holder = new JcaX509CertificateHolder(signer.certificate());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(holder.getSubject()));
        for (Req r : req.getRequestList()) {
          b.addResponse(
              r.getCertID(),
              status,
              Date.from(now.minusSeconds(1)),
              Date.from(now.plus(validity)),
              null);
        }
        var nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (alterNonce) {
          nonce =
              new org.bouncycastle.asn1.x509.Extension(
                  OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                  false,
                  new org.bouncycastle.asn1.DEROctetString(new byte[16]).getEncoded());
        }
        if (echoNonce && nonce != null) {
          b.setResponseExtensions(new Extensions(nonce));
        }
        return new OCSPRespBuilder()
            .build(
                OCSPRespBuilder.SUCCESSFUL,
                b.build(
                    signer.scheme().signer(signer.privateKey(), BC),
                    new X509CertificateHolder[] {holder},
                    Date.from(now)))
            .getEncoded();
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  private OcspClient.Answer ask(Responder r, Duration maxCache) {
    return new OcspClient(r, BC, clock, maxCache).status(pki.merchantSig, pki.mca);
  }

  @Test
  void goodAndRevokedAnswersAreRead() {
    Responder r = new Responder();
    OcspClient.Answer first = ask(r, Duration.ofMinutes(5));
    assertThat(first.status()).as(first.detail()).isEqualTo(OcspClient.Status.GOOD);
    r.status = new RevokedStatus(Date.from(now.minusSeconds(60)), CRLReason.keyCompromise);
    assertThat(ask(r, Duration.ofMinutes(5)).status()).isEqualTo(OcspClient.Status.REVOKED);
  }

  @Test
  void anAnswerIsCachedUntilItsNextUpdateBoundedByTheTtl() {
    Responder r = new Responder();
    AtomicReference<Instant> at = new AtomicReference<>(now);
    Clock moving =
        new Clock() {
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          public Clock withZone(java.time.ZoneId z) {
            return this;
          }

          public Instant instant() {
            return at.get();
          }
        };
    r.validity = Duration.ofMinutes(2);
    OcspClient client = new OcspClient(r, BC, moving, Duration.ofMinutes(10));
    client.status(pki.merchantSig, pki.mca);
    at.set(now.plusSeconds(100));
    client.status(pki.merchantSig, pki.mca);
    assertThat(r.asked).hasValue(1);
    at.set(now.plusSeconds(121)); // past nextUpdate, though within the TTL
    assertThat(client.status(pki.merchantSig, pki.mca).status())
        .isEqualTo(OcspClient.Status.UNAVAILABLE); // the fake responder's answer is stale now
    assertThat(r.asked).hasValue(2);

    Responder r2 = new Responder();
    r2.validity = Duration.ofHours(1);
    at.set(now);
    OcspClient ttl = new OcspClient(r2, BC, moving, Duration.ofSeconds(30));
    ttl.status(pki.merchantSig, pki.mca);
    at.set(now.plusSeconds(31)); // within nextUpdate, past the TTL
    ttl.status(pki.merchantSig, pki.mca);
    assertThat(r2.asked).hasValue(2);
  }

  @Test
  void aResponseSignedByAnotherCaIsNotBelieved() {
    Responder r = new Responder();
    r.signer = pki.ccaCa;
    r.status = new RevokedStatus(Date.from(now.minusSeconds(60)), CRLReason.keyCompromise);
    OcspClient.Answer a = ask(r, Duration.ofMinutes(5));
    assertThat(a.status()).isEqualTo(OcspClient.Status.UNAVAILABLE);
    assertThat(a.detail()).contains("not signed by the issuing CA");
  }

  @Test
  void aWrongNonceOrAStaleAnswerIsUnavailable() {
    Responder r = new Responder();
    r.alterNonce = true;
    assertThat(ask(r, Duration.ofMinutes(5)).detail()).contains("nonce");
    Responder stale = new Responder();
    stale.validity = Duration.ofSeconds(-10);
    assertThat(ask(stale, Duration.ofMinutes(5)).status()).isEqualTo(OcspClient.Status.UNAVAILABLE);
  }

  @Test
  void anUnreachableResponderIsUnavailableAndNotCached() {
    AtomicInteger tries = new AtomicInteger();
    OcspClient client =
        new OcspClient(
            req -> {
              tries.incrementAndGet();
              throw new IOException("connection refused");
            },
            BC,
            clock,
            Duration.ofMinutes(5));
    X509Certificate leaf = pki.merchantSig;
    assertThat(client.status(leaf, pki.mca).status()).isEqualTo(OcspClient.Status.UNAVAILABLE);
    client.status(leaf, pki.mca);
    assertThat(tries).hasValue(2);
    assertThat(client.cached()).isZero();
  }
}
