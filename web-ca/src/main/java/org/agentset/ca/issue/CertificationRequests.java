package org.agentset.ca.issue;

import java.io.IOException;
import java.io.StringReader;
import java.security.Provider;
import java.security.PublicKey;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Reads PKCS#10 certification requests (PEM, as OpenSSL and keytool write them) and checks proof
 * of possession: the request must be signed, with a SHA-2 based algorithm, by the key it asks to
 * certify. Subjects must name a common name and stay within SET's bounds.
 */
public final class CertificationRequests {

  /** A request that passed the checks. */
  public record Checked(X500Name subject, PublicKey publicKey) {}

  private static final Set<ASN1ObjectIdentifier> SIGNATURES =
      Set.of(
          X9ObjectIdentifiers.ecdsa_with_SHA256,
          X9ObjectIdentifiers.ecdsa_with_SHA384,
          X9ObjectIdentifiers.ecdsa_with_SHA512,
          PKCSObjectIdentifiers.sha256WithRSAEncryption,
          PKCSObjectIdentifiers.sha384WithRSAEncryption,
          PKCSObjectIdentifiers.sha512WithRSAEncryption,
          PKCSObjectIdentifiers.id_RSASSA_PSS,
          NISTObjectIdentifiers.id_ml_dsa_65);

  /** Longest PEM text accepted. */
  public static final int MAX_PEM = 32 * 1024;

  private final Provider provider;

  public CertificationRequests(Provider provider) {
    this.provider = provider;
  }

  /**
   * Parses and checks one PEM request.
   *
   * @throws RequestRejectedException saying what is wrong with it
   */
  public Checked check(String pem) throws RequestRejectedException {
    if (pem == null || pem.isBlank()) {
      throw new RequestRejectedException("No certificate request was given.");
    }
    if (pem.length() > MAX_PEM) {
      throw new RequestRejectedException("The certificate request is too long.");
    }
    Object parsed;
    try (PEMParser p = new PEMParser(new StringReader(pem.strip()))) {
      parsed = p.readObject();
      if (p.readObject() != null) {
        throw new RequestRejectedException("Give exactly one certificate request.");
      }
    } catch (IOException | RuntimeException e) {
      throw new RequestRejectedException(
          "The certificate request is not a PEM-encoded PKCS#10 request.");
    }
    if (parsed == null) {
      throw new RequestRejectedException(
          "The certificate request is not a PEM-encoded PKCS#10 request.");
    }
    if (!(parsed instanceof PKCS10CertificationRequest csr)) {
      throw new RequestRejectedException(
          "The text is not a PKCS#10 certificate request (expected BEGIN CERTIFICATE REQUEST).");
    }
    return check(csr);
  }

  /**
   * Checks only proof of possession and the signature algorithm, for requests whose subject the CA
   * decides itself (communication certificates); returns the key.
   */
  public PublicKey checkPossession(PKCS10CertificationRequest csr) throws RequestRejectedException {
    return verified(csr);
  }

  /** Checks a decoded request. */
  public Checked check(PKCS10CertificationRequest csr) throws RequestRejectedException {
    PublicKey key = verified(csr);
    X500Name subject = csr.getSubject();
    if (subject.getRDNs(BCStyle.CN).length != 1) {
      throw new RequestRejectedException("The request's subject must hold exactly one CN.");
    }
    if (subject.getRDNs().length > 8 || subject.toString().length() > 400) {
      throw new RequestRejectedException("The request's subject is too long.");
    }
    return new Checked(subject, key);
  }

  private PublicKey verified(PKCS10CertificationRequest csr) throws RequestRejectedException {
    if (!SIGNATURES.contains(csr.getSignatureAlgorithm().getAlgorithm())) {
      throw new RequestRejectedException(
          "The request is signed with "
              + csr.getSignatureAlgorithm().getAlgorithm()
              + "; AgentSET accepts SHA-256 or stronger (ECDSA, RSA, RSA-PSS) or ML-DSA-65.");
    }
    PublicKey key;
    try {
      JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(csr).setProvider(provider);
      key = jca.getPublicKey();
      if (!csr.isSignatureValid(
          new JcaContentVerifierProviderBuilder().setProvider(provider).build(key))) {
        throw new RequestRejectedException(
            "The request's signature does not verify: it was not signed by the key it presents.");
      }
    } catch (java.security.GeneralSecurityException
        | OperatorCreationException
        | PKCSException
        | RuntimeException e) {
      throw new RequestRejectedException("The request's key or signature cannot be read.");
    }
    return key;
  }
}
