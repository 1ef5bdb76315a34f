package org.agentset.set.cert;

import java.io.IOException;
import java.math.BigInteger;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An RFC 6960 OCSP client for one responder that signs with the issuing CA's own key (as the
 * AgentSET CA does): asks for one certificate with a fresh nonce, accepts only a successful basic
 * response signed by the issuer, echoing the nonce, naming the certificate's CertID, current
 * (thisUpdate not ahead by more than the allowed skew, nextUpdate present and not passed), and
 * caches each answer until its nextUpdate, at most {@code maxCache}. Anything else — the responder
 * unreachable, an error status, a bad signature — is {@link Status#UNAVAILABLE} and not cached.
 */
public final class OcspClient {

  /** Sends a DER OCSPRequest and returns the DER OCSPResponse. */
  @FunctionalInterface
  public interface Transport {
    byte[] post(byte[] request) throws IOException;
  }

  /** What the responder said. */
  public enum Status {
    GOOD,
    REVOKED,
    UNKNOWN,
    UNAVAILABLE
  }

  /** An answer with why it is what it is (for logs). */
  public record Answer(Status status, String detail) {}

  private record Cached(Answer answer, Instant until) {}

  static final Duration SKEW = Duration.ofMinutes(5);

  private final Transport transport;
  private final Provider provider;
  private final Clock clock;
  private final Duration maxCache;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public OcspClient(Transport transport, Provider provider, Clock clock, Duration maxCache) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxCache = Objects.requireNonNull(maxCache, "maxCache");
  }

  /** The status of {@code leaf}, issued by {@code issuer}, from the cache or the responder. */
  public Answer status(X509Certificate leaf, X509Certificate issuer) {
    String key = issuer.getSubjectX500Principal().getName() + "#" + leaf.getSerialNumber();
    Cached c = cache.get(key);
    if (c != null && clock.instant().isBefore(c.until())) {
      return c.answer();
    }
    try {
      return ask(key, leaf.getSerialNumber(), issuer);
    } catch (IOException | RuntimeException | org.bouncycastle.operator.OperatorException e) {
      return new Answer(Status.UNAVAILABLE, e.toString());
    } catch (org.bouncycastle.cert.ocsp.OCSPException
        | java.security.cert.CertificateEncodingException e) {
      return new Answer(Status.UNAVAILABLE, e.toString());
    }
  }

  /** Cached answers (for tests and metrics). */
  public int cached() {
    return cache.size();
  }

  private Answer ask(String key, BigInteger serial, X509Certificate issuer)
      throws IOException,
          org.bouncycastle.operator.OperatorException,
          org.bouncycastle.cert.ocsp.OCSPException,
          java.security.cert.CertificateEncodingException {
    CertificateID id =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder()
                .setProvider(provider)
                .build()
                .get(CertificateID.HASH_SHA1),
            new JcaX509CertificateHolder(issuer),
            serial);
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    Extension ours =
        new Extension(
            OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
            false,
            new DEROctetString(nonce).getEncoded());
    OCSPReq req =
        new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(ours)).build();
    OCSPResp resp = new OCSPResp(transport.post(req.getEncoded()));
    if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
      return new Answer(Status.UNAVAILABLE, "responder status " + resp.getStatus());
    }
    if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
      return new Answer(Status.UNAVAILABLE, "not a basic OCSP response");
    }
    if (!basic.isSignatureValid(
        new JcaContentVerifierProviderBuilder().setProvider(provider).build(issuer))) {
      return new Answer(Status.UNAVAILABLE, "response not signed by the issuing CA");
    }
    Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (echoed != null && !echoed.getExtnValue().equals(ours.getExtnValue())) {
      return new Answer(Status.UNAVAILABLE, "nonce mismatch");
    }
    Instant now = clock.instant();
    for (SingleResp single : basic.getResponses()) {
      if (!single.getCertID().equals(id)) {
        continue;
      }
      if (single.getNextUpdate() == null
          || !now.isBefore(single.getNextUpdate().toInstant())
          || single.getThisUpdate().toInstant().isAfter(now.plus(SKEW))) {
        return new Answer(
            Status.UNAVAILABLE,
            "answer valid " + single.getThisUpdate() + ".." + single.getNextUpdate());
      }
      CertificateStatus cs = single.getCertStatus();
      Answer a;
      if (cs == CertificateStatus.GOOD) {
        a = new Answer(Status.GOOD, "good");
      } else if (cs instanceof RevokedStatus r) {
        a =
            r.getRevocationTime().toInstant().isAfter(now)
                ? new Answer(Status.GOOD, "revocation scheduled at " + r.getRevocationTime())
                : new Answer(Status.REVOKED, "revoked at " + r.getRevocationTime().toInstant());
      } else {
        a = new Answer(Status.UNKNOWN, "unknown to the responder");
      }
      Instant until = now.plus(maxCache);
      if (single.getNextUpdate().toInstant().isBefore(until)) {
        until = single.getNextUpdate().toInstant();
      }
      if (cs instanceof RevokedStatus r && r.getRevocationTime().toInstant().isBefore(until)) {
        until = r.getRevocationTime().toInstant(); // a scheduled revocation ends a good answer
      }
      cache.put(key, new Cached(a, until));
      return a;
    }
    return new Answer(Status.UNAVAILABLE, "no answer for the certificate asked");
  }
}
