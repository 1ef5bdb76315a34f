package org.agentset.ca.status;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP responder (RFC 6960) for every CA of the hierarchy, one URL for all of them: each
 * request's CertIDs are matched to the issuing CA by issuer name and key hash (SHA-1, which
 * OpenSSL and most clients send, or SHA-256), the status comes from the records at that moment,
 * and the answer is signed with the issuing CA's own certificate-signing key — the simplest
 * authorised responder of RFC 6960 §2.2, so no delegated OCSP certificate has to be managed.
 *
 * <p>Answers: {@code good}, {@code revoked} (with time and reason) or {@code unknown} for a serial
 * the CA never issued; {@code malformedRequest} for anything that is not a well-formed OCSPRequest
 * (including trailing bytes and nonces longer than 32 octets, RFC 8954); {@code unauthorized} when
 * no CertID names one of this hierarchy's CAs. A request nonce is echoed. Requests for several
 * CAs are answered by the CA of the first CertID, and the others get {@code unknown}: a response
 * has one signer.
 *
 * <p>Thread-safe; no caching, so a revocation shows in the very next answer.
 */
public final class OcspResponder {

  /** Largest request accepted, in bytes (a request for a handful of CertIDs is far smaller). */
  public static final int MAX_REQUEST = 16 * 1024;

  /** The records behind the answers. */
  @FunctionalInterface
  public interface StatusLookup {
    /** The status of {@code serial} as issued by {@code ca}, or empty if it never issued it. */
    Optional<CertificateStatus> status(CaName ca, BigInteger serial);
  }

  private record Authority(
      CaMaterial material,
      X509CertificateHolder holder,
      byte[] sha1Name,
      byte[] sha1Key,
      byte[] sha256Name,
      byte[] sha256Key,
      RespID responderId) {}

  private final Provider provider;
  private final Clock clock;
  private final Duration validity;
  private final List<Authority> authorities;
  private final StatusLookup lookup;

  /**
   * @param validity how long an answer is fresh (its nextUpdate − thisUpdate)
   * @param cas every CA this responder answers for
   */
  public OcspResponder(
      Provider provider,
      Clock clock,
      Duration validity,
      List<CaMaterial> cas,
      StatusLookup lookup) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    List<Authority> list = new ArrayList<>();
    try {
      DigestCalculator sha1 =
          new JcaDigestCalculatorProviderBuilder()
              .setProvider(provider)
              .build()
              .get(CertificateID.HASH_SHA1);
      for (CaMaterial ca : cas) {
        X509CertificateHolder holder = new X509CertificateHolder(ca.certificate().getEncoded());
        byte[] name = holder.getSubject().getEncoded("DER");
        byte[] key =
            SubjectPublicKeyInfo.getInstance(ca.certificate().getPublicKey().getEncoded())
                .getPublicKeyData()
                .getBytes();
        list.add(
            new Authority(
                ca,
                holder,
                digest("SHA-1", name),
                digest("SHA-1", key),
                digest("SHA-256", name),
                digest("SHA-256", key),
                new RespID(holder.getSubjectPublicKeyInfo(), sha1)));
      }
    } catch (IOException | CertificateEncodingException | OperatorCreationException | OCSPException e) {
      throw new IllegalStateException("cannot prepare the OCSP responder", e);
    }
    this.authorities = List.copyOf(list);
  }

  /** Answers one DER-encoded OCSPRequest with a DER-encoded OCSPResponse; never throws for input. */
  public byte[] respond(byte[] request) {
    OCSPReq req;
    try {
      if (request == null || request.length == 0 || request.length > MAX_REQUEST) {
        return status(OCSPRespBuilder.MALFORMED_REQUEST);
      }
      // fromByteArray refuses trailing bytes; OCSPRequest.getInstance checks the structure
      req = new OCSPReq(OCSPRequest.getInstance(ASN1Primitive.fromByteArray(request)));
    } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
      return status(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    Req[] singles = req.getRequestList();
    if (singles.length == 0) {
      return status(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonce != null && !validNonce(nonce)) {
      return status(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    Authority signer = null;
    for (Req single : singles) {
      signer = match(single.getCertID()).orElse(null);
      if (signer != null) {
        break;
      }
    }
    if (signer == null) {
      return status(OCSPRespBuilder.UNAUTHORIZED);
    }
    return answer(signer, singles, nonce);
  }

  private byte[] answer(Authority signer, Req[] singles, Extension nonce) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Date thisUpdate = Date.from(now);
    Date nextUpdate = Date.from(now.plus(validity));
    BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(signer.responderId());
    for (Req single : singles) {
      CertificateID id = single.getCertID();
      Optional<Authority> issuer = match(id);
      org.bouncycastle.cert.ocsp.CertificateStatus status;
      if (issuer.isEmpty() || issuer.get() != signer) {
        status = new UnknownStatus();
      } else {
        // not Optional.map: BC's "good" status is null, which map would turn into "unknown"
        Optional<CertificateStatus> known =
            lookup.status(signer.material().name(), id.getSerialNumber());
        status = known.isPresent() ? toOcsp(known.get()) : new UnknownStatus();
      }
      b.addResponse(id, status, thisUpdate, nextUpdate, null);
    }
    if (nonce != null) {
      b.setResponseExtensions(new Extensions(nonce));
    }
    try {
      BasicOCSPResp basic =
          b.build(
              signer.material().signing().scheme().signer(signer.material().signing().privateKey(), provider),
              new X509CertificateHolder[] {signer.holder()},
              thisUpdate);
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (OCSPException | IOException e) {
      return status(OCSPRespBuilder.INTERNAL_ERROR);
    }
  }

  private static org.bouncycastle.cert.ocsp.CertificateStatus toOcsp(CertificateStatus s) {
    if (!s.isRevoked()) {
      return org.bouncycastle.cert.ocsp.CertificateStatus.GOOD;
    }
    return new RevokedStatus(Date.from(s.revokedAt()), s.reason().code());
  }

  private Optional<Authority> match(CertificateID id) {
    boolean sha1 = OIWObjectIdentifiers.idSHA1.equals(id.getHashAlgOID());
    boolean sha256 = NISTObjectIdentifiers.id_sha256.equals(id.getHashAlgOID());
    if (!sha1 && !sha256) {
      return Optional.empty();
    }
    for (Authority a : authorities) {
      byte[] name = sha1 ? a.sha1Name() : a.sha256Name();
      byte[] key = sha1 ? a.sha1Key() : a.sha256Key();
      if (MessageDigest.isEqual(name, id.getIssuerNameHash())
          && MessageDigest.isEqual(key, id.getIssuerKeyHash())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** RFC 8954: a nonce of 1..32 octets (the OCTET STRING inside the extension value). */
  private static boolean validNonce(Extension nonce) {
    try {
      byte[] value =
          ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(nonce.getExtnValue().getOctets()))
              .getOctets();
      return value.length >= 1 && value.length <= 32;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] status(int status) {
    try {
      return new OCSPRespBuilder().build(status, null).getEncoded();
    } catch (OCSPException | IOException e) {
      throw new IllegalStateException("cannot encode an OCSP status response", e);
    }
  }

  private static byte[] digest(String alg, byte[] data) {
    try {
      return MessageDigest.getInstance(alg).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(alg + " is mandatory in every JDK", e);
    }
  }
}
