package org.agentset.set.crypto;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Objects;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * SET's dual signature: the cardholder signs once over the digests of the payment instruction and
 * of the order, and each of merchant and gateway checks it knowing only one of the two in clear.
 *
 * <pre>
 * PI-TBS       ::= SEQUENCE { hPIData DD{PIData}, hOIData DD{OIData} }
 * PISignature  ::= SO{C, PI-TBS}                          -- detached CMS SignedData
 * OIDualSigned ::= L{OIData, PIData}  = { OIData, DD(PIData) }               -- to the merchant
 * PI-OILink    ::= L{PIHead, OIData}  = { PIHead, DD(OIData) }
 * PIDualSigned ::= { piSignature PISignature,
 *                    exPIData    EX{P, PI-OILink, PANData} }                  -- to the gateway
 * </pre>
 *
 * <p>The merchant recomputes {@code DD(OIData)} and takes {@code DD(PIData)} from OIDualSigned; the
 * gateway recomputes {@code DD(PIData)} from PIHead and PANData and takes {@code DD(OIData)} from
 * PI-OILink. Both then verify the one PISignature over the same PI-TBS. AgentSET's fix to the dual
 * signature's lack of explicitness (Bella, Massacci, Paulson 2006) is carried in PIHead (the
 * gateway's key-exchange certificate thumbprint), which PIData and so the signature cover.
 */
public final class DualSignature {

  private final AlgorithmSuite suite;
  private final Digests digests;
  private final Signatures signatures;
  private final Envelopes envelopes;

  public DualSignature(AlgorithmSuite suite, SecureRandom random) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.digests = new Digests(suite);
    this.signatures = new Signatures(suite);
    this.envelopes = new Envelopes(suite, random);
  }

  /** PI-TBS = {hPIData, hOIData}. */
  public DERSequence piTbs(DigestedData hPIData, DigestedData hOIData) {
    return new DERSequence(new ASN1Encodable[] {hPIData, hOIData});
  }

  /** PISignature = SO(C, {DD(PIData), DD(OIData)}). */
  public byte[] sign(Signer cardholder, ASN1Encodable piData, ASN1Encodable oiData)
      throws SetCryptoException {
    DERSequence tbs =
        piTbs(
            digests.digestedData(SetContentTypes.PI_DATA, piData),
            digests.digestedData(SetContentTypes.OI_DATA, oiData));
    return signatures.so(cardholder, SetContentTypes.PI_TBS, tbs);
  }

  /** OIDualSigned = L(OIData, PIData). */
  public Link oiDualSigned(ASN1Encodable oiData, ASN1Encodable piData) {
    return digests.link(oiData, SetContentTypes.PI_DATA, piData);
  }

  /** PI-OILink = L(PIHead, OIData). */
  public Link piOiLink(ASN1Encodable piHead, ASN1Encodable oiData) {
    return digests.link(piHead, SetContentTypes.OI_DATA, oiData);
  }

  /** EX(P, PI-OILink, PANData), the second half of PIDualSigned. */
  public byte[] exPiData(Recipient gateway, Link piOiLink, ASN1Encodable panData)
      throws SetCryptoException {
    return envelopes.ex(
        gateway, SetContentTypes.PI_DUAL_SIGNED_TBE, piOiLink, SetContentTypes.PAN_DATA, panData);
  }

  /**
   * The merchant's check: the PISignature over {hPIData from OIDualSigned, DD(OIData)}, made by
   * {@code cardholderCertificate}.
   *
   * @throws SetCryptoException any signature failure of {@link SignedContent}
   */
  public void verifyAsMerchant(
      byte[] piSignature, Link oiDualSigned, X509CertificateHolder cardholderCertificate)
      throws SetCryptoException {
    DERSequence tbs =
        piTbs(
            Digests.readDigestedData(oiDualSigned.digest(), "OIDualSigned.hPIData"),
            digests.digestedData(SetContentTypes.OI_DATA, oiDualSigned.content()));
    signatures.verifyDetached(piSignature, cardholderCertificate, SetContentTypes.PI_TBS, tbs);
  }

  /** As {@link #verifyAsMerchant} with a bare public key (tests, cached keys). */
  public void verifyAsMerchant(byte[] piSignature, Link oiDualSigned, PublicKey cardholderKey)
      throws SetCryptoException {
    DERSequence tbs =
        piTbs(
            Digests.readDigestedData(oiDualSigned.digest(), "OIDualSigned.hPIData"),
            digests.digestedData(SetContentTypes.OI_DATA, oiDualSigned.content()));
    SignedContent.read(piSignature)
        .verifyDetached(suite, cardholderKey, SetContentTypes.PI_TBS, Der.encode(tbs));
  }

  /**
   * The gateway's check: the PISignature over {DD(PIData), hOIData from PI-OILink}. {@code piData}
   * is the gateway's reconstruction {PIHead, PANData} from the opened EX.
   *
   * @throws SetCryptoException any signature failure of {@link SignedContent}
   */
  public void verifyAsGateway(
      byte[] piSignature,
      ASN1Encodable piData,
      Link piOiLink,
      X509CertificateHolder cardholderCertificate)
      throws SetCryptoException {
    DERSequence tbs =
        piTbs(
            digests.digestedData(SetContentTypes.PI_DATA, piData),
            Digests.readDigestedData(piOiLink.digest(), "PI-OILink.hOIData"));
    signatures.verifyDetached(piSignature, cardholderCertificate, SetContentTypes.PI_TBS, tbs);
  }

  /** As {@link #verifyAsGateway} with a bare public key (tests, cached keys). */
  public void verifyAsGateway(
      byte[] piSignature, ASN1Encodable piData, Link piOiLink, PublicKey cardholderKey)
      throws SetCryptoException {
    DERSequence tbs =
        piTbs(
            digests.digestedData(SetContentTypes.PI_DATA, piData),
            Digests.readDigestedData(piOiLink.digest(), "PI-OILink.hOIData"));
    SignedContent.read(piSignature)
        .verifyDetached(suite, cardholderKey, SetContentTypes.PI_TBS, Der.encode(tbs));
  }

  /**
   * Opens the gateway's half, EX(P, PI-OILink, PANData): returns the DER of PI-OILink as the
   * content and the DER of PANData as the extra data, the link between them checked.
   */
  public OpenedContent openExPiData(byte[] exPiData, RecipientKey gateway)
      throws SetCryptoException {
    return envelopes.openEx(
        exPiData, gateway, SetContentTypes.PI_DUAL_SIGNED_TBE, SetContentTypes.PAN_DATA);
  }
}
