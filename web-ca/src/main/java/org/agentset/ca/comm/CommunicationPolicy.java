package org.agentset.ca.comm;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.agentset.ca.issue.CertificationRequests;
import org.agentset.ca.issue.RequestRejectedException;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.CommunicationRequests;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Who may get a communication certificate, for how long, under which name — decided from a request
 * whose CMS signature has verified ({@link CommunicationRequests#open}) and the CA's own record of
 * the signer's certificate:
 *
 * <ul>
 *   <li>a <b>wallet</b> certificate needs a request signed by a valid, unrevoked cardholder
 *       certificate this CA issued; it names the same PAN-free cardholder identity and ends no
 *       later than the cardholder certificate (and within a year);
 *   <li>a <b>customer-agent</b> certificate needs a request signed by a valid, unrevoked wallet
 *       certificate this CA issued; it names the agent and the authorising wallet certificate, and
 *       ends exactly when the mandate does — never after the wallet certificate, never more than a
 *       year ahead.
 * </ul>
 *
 * Requests older or newer than {@link #FRESHNESS} by the CA's clock are refused, and the PKCS#10
 * inside must prove possession of the new key. A replayed request is caught by the never-twice key
 * registry (and named as a replay by the service, which keeps request hashes).
 */
public final class CommunicationPolicy {

  /** How far a request's signingTime may be from the CA's clock. */
  public static final Duration FRESHNESS = Duration.ofMinutes(5);

  /** Longest communication certificate. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(365);

  /** What the CA's records say about the request's signer. */
  public record SignerRecord(String serialHex, String profile, boolean revoked) {}

  /** What to issue. */
  public record Plan(CertificateSpec spec, String ownerRef, String requester) {}

  private final CertificationRequests requests;
  private final Clock clock;

  public CommunicationPolicy(CertificationRequests requests, Clock clock) {
    this.requests = Objects.requireNonNull(requests);
    this.clock = Objects.requireNonNull(clock);
  }

  /** A wallet's request, signed by its cardholder. */
  public Plan wallet(CommunicationRequests.Opened opened, SignerRecord signer)
      throws RequestRejectedException {
    Instant now = clock.instant();
    checkSigner(opened, signer, CertificateProfile.CARDHOLDER, "cardholder", now);
    PublicKey key = key(opened.content());
    X509Certificate cardholder = opened.signer();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "NL")
            .addRDN(BCStyle.O, "AgentSET")
            .addRDN(BCStyle.OU, "Wallet")
            .addRDN(BCStyle.CN, commonName(cardholder))
            .build();
    Duration validity = min(MAX_VALIDITY, Duration.between(now, cardholder.getNotAfter().toInstant()));
    return new Plan(
        CertificateSpec.wallet(subject, key).validity(validity),
        "cardholder:" + signer.serialHex(),
        "cardholder " + signer.serialHex());
  }

  /** A customer agent's request, signed by the customer's wallet. */
  public Plan customerAgent(CommunicationRequests.Opened opened, SignerRecord signer)
      throws RequestRejectedException {
    Instant now = clock.instant();
    checkSigner(opened, signer, CertificateProfile.WALLET, "wallet", now);
    AgentCertificateRequest request;
    try {
      request = AgentCertificateRequest.fromDer(opened.content());
    } catch (MalformedCertExtensionException e) {
      throw new RequestRejectedException("The agent request is malformed: " + e.getMessage());
    }
    PublicKey key = key(new PKCS10CertificationRequest(request.request()));
    Instant end = request.notAfter();
    if (!end.isAfter(now.plus(Duration.ofMinutes(1)))) {
      throw new RequestRejectedException("The mandate has ended (or ends within a minute).");
    }
    if (end.isAfter(now.plus(MAX_VALIDITY))) {
      throw new RequestRejectedException("The mandate runs more than a year; the CA certifies agents for at most a year.");
    }
    if (end.isAfter(opened.signer().getNotAfter().toInstant())) {
      throw new RequestRejectedException("The mandate outlasts the wallet's certificate.");
    }
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "NL")
            .addRDN(BCStyle.O, "AgentSET")
            .addRDN(BCStyle.OU, "Customer agent")
            .addRDN(BCStyle.CN, request.agentId())
            .addRDN(BCStyle.SERIALNUMBER, "wallet " + signer.serialHex())
            .build();
    return new Plan(
        CertificateSpec.customerAgent(subject, key).validity(Duration.between(now, end)),
        "wallet:" + signer.serialHex() + "/agent:" + request.agentId(),
        "wallet " + signer.serialHex());
  }

  private void checkSigner(
      CommunicationRequests.Opened opened,
      SignerRecord signer,
      CertificateProfile expected,
      String what,
      Instant now)
      throws RequestRejectedException {
    if (signer == null) {
      throw new RequestRejectedException("The request is not signed by a " + what + " certificate this CA issued.");
    }
    if (!expected.name().equals(signer.profile())) {
      throw new RequestRejectedException("The request must be signed by a " + what + " certificate.");
    }
    if (signer.revoked()) {
      throw new RequestRejectedException("The signing " + what + " certificate is revoked.");
    }
    X509Certificate cert = opened.signer();
    if (now.isBefore(cert.getNotBefore().toInstant()) || now.isAfter(cert.getNotAfter().toInstant())) {
      throw new RequestRejectedException("The signing " + what + " certificate is not valid now.");
    }
    if (Duration.between(opened.signingTime(), now).abs().compareTo(FRESHNESS) > 0) {
      throw new RequestRejectedException(
          "The request was signed at " + opened.signingTime() + "; the CA accepts requests signed within "
              + FRESHNESS.toMinutes() + " minutes of its clock.");
    }
  }

  private PublicKey key(byte[] pkcs10) throws RequestRejectedException {
    try {
      return key(new PKCS10CertificationRequest(pkcs10));
    } catch (java.io.IOException | RuntimeException e) {
      throw new RequestRejectedException("The request does not hold a PKCS#10 certification request.");
    }
  }

  private PublicKey key(PKCS10CertificationRequest csr) throws RequestRejectedException {
    return requests.checkPossession(csr);
  }

  private static String commonName(X509Certificate cert) {
    X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
    return name.getRDNs(BCStyle.CN)[0].getFirst().getValue().toString();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
