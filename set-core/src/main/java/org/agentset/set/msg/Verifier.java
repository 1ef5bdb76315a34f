package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Verifies what a peer signed: find the signer's certificate among those the message carried,
 * validate its path for the role, then release the content through the crypto layer. Signature
 * checks come after path validation, so a certificate of the wrong type or a revoked one is
 * reported as such even when its signature is good. Public for {@code org.agentset.set.reg}.
 */
public final class Verifier {

  /**
   * What a verification released.
   *
   * @param content the DER of the signed content
   * @param extra the DER of the extra data (EncX family), or null
   * @param signer the validated signer certificate
   * @param carried every certificate the message carried
   */
  public record Verified(
      byte[] content, byte[] extra, X509Certificate signer, List<X509Certificate> carried) {}

  private final PartyContext context;

  public Verifier(PartyContext context) {
    this.context = context;
  }

  /** Verifies an S (a CMS SignedData with content) made by a {@code profile} certificate. */
  public Verified signed(
      byte[] der,
      ASN1ObjectIdentifier type,
      CertificateProfile profile,
      Refusal integrity,
      String field)
      throws SetProtocolException {
    try {
      SignedContent signed = SignedContent.read(der);
      List<X509Certificate> carried = context.trust().read(signed.certificates(), field);
      X509Certificate signer =
          context.trust().signer(signed.signerId(), signed.certificates(), profile, field);
      byte[] content = signed.verify(context.suite(), Certificates.holder(signer), type);
      return new Verified(content, null, signer, carried);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, integrity, field);
    }
  }

  /** Verifies an opened Enc/EncB/EncX/EncK made by a {@code profile} certificate. */
  public Verified envelope(
      SignedEnvelopeContent opened,
      ASN1ObjectIdentifier tbsType,
      CertificateProfile profile,
      String field)
      throws SetProtocolException {
    try {
      List<X509Certificate> carried = context.trust().read(opened.certificates(), field);
      X509Certificate signer =
          context.trust().signer(opened.signerId(), opened.certificates(), profile, field);
      var released = opened.verify(Certificates.holder(signer), tbsType);
      return new Verified(released.content(), released.extra(), signer, carried);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, field);
    }
  }

  /** Opens an envelope; the crypto layer may refuse. */
  @FunctionalInterface
  public interface Opening {
    SignedEnvelopeContent open() throws SetCryptoException;
  }

  /**
   * Opens and verifies an Enc/EncB/EncX/EncK made by a {@code profile} certificate; a failure to
   * open is the same {@link Refusal#SIGNATURE} refusal as a failure to verify.
   */
  public Verified envelope(
      Opening opening, ASN1ObjectIdentifier tbsType, CertificateProfile profile, String field)
      throws SetProtocolException {
    SignedEnvelopeContent opened;
    try {
      opened = opening.open();
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, field);
    }
    return envelope(opened, tbsType, profile, field);
  }

  /**
   * The gateway's answer to a merchant: opened and verified as made by a gateway signature
   * certificate of the same gateway as {@code gatewayKeyExchange}, the certificate the request was
   * encrypted to ({@link Refusal#CERTIFICATE_INVALID} at {@code <field>.signer} otherwise).
   */
  Verified gatewayAnswer(
      Opening opening,
      ASN1ObjectIdentifier tbsType,
      X509Certificate gatewayKeyExchange,
      String field)
      throws SetProtocolException {
    Verified v = envelope(opening, tbsType, CertificateProfile.GATEWAY_SIGNATURE, field);
    if (!sameSubject(v.signer(), gatewayKeyExchange)) {
      throw new SetProtocolException(Refusal.CERTIFICATE_INVALID, field + ".signer");
    }
    return v;
  }

  /** Whether two certificates name the same entity (a gateway's signature and exchange keys). */
  static boolean sameSubject(X509Certificate a, X509Certificate b) {
    return a.getSubjectX500Principal().equals(b.getSubjectX500Principal());
  }
}
