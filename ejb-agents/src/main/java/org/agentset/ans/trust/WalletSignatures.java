package org.agentset.ans.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateInfo;
import org.agentset.set.cert.SetPathValidationException;
import org.agentset.set.cert.SetPathValidator;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Checks what a wallet signed for the agent server (a mandate, an agent-certificate request, a SAI
 * channel authorisation): a CMS SignedData with one signer whose signature verifies, whose
 * certificate is a WALLET communication certificate that chains — by SET path validation, CRLs
 * included — to the CA's root. Everything else is an {@link AgentProblem} saying why.
 */
public final class WalletSignatures {

  /** What a verified wallet signature carried. */
  public record Verified(
      X509Certificate wallet,
      String customer,
      String walletHash,
      byte[] content,
      Instant signingTime) {}

  private final Provider provider;
  private final Clock clock;

  public WalletSignatures(Provider provider, Clock clock) {
    this.provider = Objects.requireNonNull(provider);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Verifies {@code der} (content type {@code type}); {@code what} names it in refusals ("the
   * mandate").
   */
  public Verified verify(byte[] der, ASN1ObjectIdentifier type, String what, CaCertificates ca) {
    CommunicationRequests.Opened opened;
    try {
      opened = new CommunicationRequests(provider).open(der, type);
    } catch (IllegalArgumentException e) {
      throw new AgentProblem(
          "mandate-signature",
          422,
          capital(what) + " is refused: " + e.getMessage().replace("the request", "it") + ".");
    }
    X509Certificate signer = opened.signer();
    checkWallet(signer, what, ca);
    return new Verified(
        signer,
        signer.getSubjectX500Principal().getName(),
        hash(signer),
        opened.content(),
        opened.signingTime());
  }

  /**
   * Checks that {@code signer} is a WALLET communication certificate that chains, by SET path
   * validation with the CA's CRLs, to the CA's root.
   */
  public void checkWallet(X509Certificate signer, String what, CaCertificates ca) {
    SetCertificateInfo info;
    try {
      info = SetCertificateInfo.of(signer);
    } catch (RuntimeException e) {
      throw new AgentProblem(
          "mandate-signer", 422, capital(what) + " is signed by an unreadable certificate.");
    }
    if (info.profile().orElse(null) != CertificateProfile.WALLET) {
      throw new AgentProblem(
          "mandate-signer",
          422,
          capital(what)
              + " must be signed by a wallet's communication certificate, not by a "
              + info.profile().map(Enum::name).orElse("non-AgentSET")
              + " certificate.");
    }
    List<X509Certificate> chain = chain(signer, ca.certificates());
    List<X509Certificate> roots =
        ca.certificates().stream().filter(WalletSignatures::selfSigned).toList();
    if (roots.isEmpty()) {
      throw new AgentProblem("ca-unavailable", 502, "The CA's root certificate is not known yet.");
    }
    try {
      new SetPathValidator(provider, clock, roots)
          .validate(chain, RevocationData.crlsOnly(ca.crls()));
    } catch (SetPathValidationException e) {
      throw new AgentProblem(
          "mandate-signer",
          422,
          capital(what)
              + " is signed by a wallet certificate the CA does not vouch for: "
              + e.getMessage()
              + ".");
    } catch (IllegalArgumentException e) {
      throw new AgentProblem(
          "ca-unavailable", 502, "The CA's certificates cannot be used: " + e.getMessage());
    }
    checkNotRevoked(signer, chain, what, ca);
  }

  /**
   * SET path validation leaves certificates under a cardholder-type CA (the communication CA is
   * one) to other means of revocation; the agent server checks the issuing CA's current CRL itself
   * and refuses a wallet certificate on it — or any, when that CRL is not to be had.
   */
  private void checkNotRevoked(
      X509Certificate signer, List<X509Certificate> chain, String what, CaCertificates ca) {
    if (chain.size() < 2) {
      throw new AgentProblem(
          "mandate-signer", 422, capital(what) + "'s wallet certificate has no known issuer.");
    }
    X509Certificate issuer = chain.get(1);
    java.security.cert.X509CRL newest = null;
    for (java.security.cert.X509CRL crl : ca.crls()) {
      if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        continue;
      }
      try {
        crl.verify(issuer.getPublicKey(), provider);
      } catch (java.security.GeneralSecurityException e) {
        continue;
      }
      if (newest == null || crl.getThisUpdate().after(newest.getThisUpdate())) {
        newest = crl;
      }
    }
    if (newest == null) {
      throw new AgentProblem(
          "ca-unavailable",
          502,
          "The CRL of the CA that issued the wallet's certificate cannot be had; try again later.");
    }
    if (newest.getRevokedCertificate(signer.getSerialNumber()) != null) {
      throw new AgentProblem(
          "mandate-signer",
          422,
          capital(what)
              + " is signed by a wallet certificate the CA does not vouch for: it is revoked.");
    }
  }

  /** Hex SHA-256 of a certificate's DER: how the agent server names a wallet. */
  public static String hash(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<X509Certificate> chain(X509Certificate leaf, List<X509Certificate> cas) {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(leaf);
    X509Certificate current = leaf;
    while (!selfSigned(current) && chain.size() < SetPathValidator.MAX_CHAIN) {
      X509Certificate next = null;
      for (X509Certificate c : cas) {
        if (c.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
          next = c;
          break;
        }
      }
      if (next == null) {
        break;
      }
      chain.add(next);
      current = next;
    }
    return chain;
  }

  private static boolean selfSigned(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
