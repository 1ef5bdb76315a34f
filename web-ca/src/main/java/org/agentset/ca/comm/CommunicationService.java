package org.agentset.ca.comm;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.agentset.ca.app.CaKeyRing;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.IssuanceService;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.CertificationRequests;
import org.agentset.ca.issue.RequestRejectedException;
import org.agentset.ca.issue.Serials;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.cert.CommunicationRequests;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Issues communication certificates from signed requests ({@code POST /ca/comm/wallet}, {@code POST
 * /ca/comm/agent}): opens the CMS request, finds its signer among the certificates this CA issued,
 * lets {@link CommunicationPolicy} decide, and issues from the communication CA in one transaction
 * with the request's record. A replayed request is refused by name; every refusal is recorded.
 */
@Stateless
@PermitAll
public class CommunicationService {

  /** The kinds of communication request. */
  public enum Kind {
    WALLET(SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST),
    CUSTOMER_AGENT(SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST);

    private final ASN1ObjectIdentifier contentType;

    Kind(ASN1ObjectIdentifier contentType) {
      this.contentType = contentType;
    }
  }

  @EJB private CaKeyRing ring;

  @EJB private CertificateQueries queries;

  @EJB private IssuanceService issuance;

  @EJB private RegistrationLog log;

  /**
   * Answers one request with the new certificate and its chain (leaf first, root excluded).
   *
   * @throws CaOperationException {@code INVALID} for a request the CA refuses, {@code CONFLICT} for
   *     a replay or a key certified before
   */
  public List<X509Certificate> issue(Kind kind, byte[] request, String origin)
      throws CaOperationException {
    byte[] hash = sha256(request);
    var replayed = log.issuedFor(hash);
    if (replayed.isPresent()) {
      return refuse(kind, origin, null, hash, CaOperationException.Kind.CONFLICT,
          "This request was already answered (certificate " + replayed.get() + "); a request is answered once.");
    }
    CommunicationRequests.Opened opened;
    try {
      opened = new CommunicationRequests(ring.provider()).open(request, kind.contentType);
    } catch (IllegalArgumentException e) {
      return refuse(kind, origin, null, hash, CaOperationException.Kind.INVALID, "Refused: " + e.getMessage() + ".");
    }
    String signerSerial = Serials.of(opened.signer().getSerialNumber());
    CommunicationPolicy.SignerRecord signer =
        queries
            .bySerial(signerSerial)
            .filter(r -> Arrays.equals(r.getDer(), encoded(opened.signer())))
            .map(r -> new CommunicationPolicy.SignerRecord(r.getSerialHex(), r.getCertType(), r.isRevoked()))
            .orElse(null);
    CommunicationPolicy policy =
        new CommunicationPolicy(new CertificationRequests(ring.provider()), ring.clock());
    CommunicationPolicy.Plan plan;
    try {
      plan = kind == Kind.WALLET ? policy.wallet(opened, signer) : policy.customerAgent(opened, signer);
    } catch (RequestRejectedException e) {
      return refuse(kind, origin, "certificate " + signerSerial, hash, CaOperationException.Kind.INVALID, e.getMessage());
    }
    X509Certificate cert;
    try {
      cert = issuance.issue(CaName.COMMUNICATION, plan.spec(), "registration", plan.ownerRef());
    } catch (CaOperationException e) {
      return refuse(kind, origin, plan.requester(), hash, e.kind(), e.getMessage());
    }
    log.issued(kind.name(), origin, plan.requester(), hash, Serials.of(cert.getSerialNumber()), ring.clock().instant());
    List<X509Certificate> chain = new java.util.ArrayList<>();
    chain.add(cert);
    List<X509Certificate> caChain = ring.material(CaName.COMMUNICATION).chain();
    chain.addAll(caChain.subList(0, caChain.size() - 1));
    return chain;
  }

  private List<X509Certificate> refuse(
      Kind kind, String origin, String requester, byte[] hash, CaOperationException.Kind why, String reason)
      throws CaOperationException {
    log.refused(kind.name(), origin, requester, hash, reason, ring.clock().instant());
    throw new CaOperationException(why, reason);
  }

  private static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      return new byte[0];
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
