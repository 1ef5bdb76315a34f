package org.agentset.set.asn1.cert;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers for certificates: SET's own (from OpenSSL's {@code objects.txt} and SET Book
 * 3's {@code SetCertificateExtensions} module) and AgentSET's additions under {@link
 * SetObjectIdentifiers#AGENTSET_CERT}.
 *
 * <p>Derived from the arcs in {@link SetObjectIdentifiers}; the numbers are fixed here and nowhere
 * else.
 */
public final class SetCertObjectIdentifiers {

  /** {@code id-set-hashedRootKey} 2.23.42.7.0: the root's commitment to its successor key. */
  public static final ASN1ObjectIdentifier HASHED_ROOT_KEY =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("0");

  /** {@code id-set-certificateType} 2.23.42.7.1: which SET entity the certificate is for. */
  public static final ASN1ObjectIdentifier CERTIFICATE_TYPE =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("1");

  /** {@code id-set-merchantData} 2.23.42.7.2: merchant ID, acquirer BIN, names, country. */
  public static final ASN1ObjectIdentifier MERCHANT_DATA =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("2");

  /** {@code id-set-cardCertRequired} 2.23.42.7.3: the gateway requires cardholder certificates. */
  public static final ASN1ObjectIdentifier CARD_CERT_REQUIRED =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("3");

  /** {@code id-set-tunneling} 2.23.42.7.4: the gateway accepts tunnelled (AcqCardMsg) data. */
  public static final ASN1ObjectIdentifier TUNNELING =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("4");

  /** {@code id-set-setExtensions} 2.23.42.7.5: SET message extensions the subject supports. */
  public static final ASN1ObjectIdentifier SET_EXTENSIONS =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("5");

  /** {@code id-set-setQualifier} 2.23.42.7.6: policy qualifier of the SET certificate policy. */
  public static final ASN1ObjectIdentifier SET_QUALIFIER =
      SetObjectIdentifiers.CERT_EXTENSIONS.branch("6");

  /** {@code set-policy-root} 2.23.42.5.0: the one SET certificate policy. */
  public static final ASN1ObjectIdentifier SET_POLICY_ROOT =
      SetObjectIdentifiers.POLICIES.branch("0");

  /**
   * {@code id-set-rootKeyThumb} 2.23.42.3.0.0: content type inside the DigestedData of {@link
   * #HASHED_ROOT_KEY}.
   */
  public static final ASN1ObjectIdentifier ROOT_KEY_THUMB =
      SetObjectIdentifiers.ATTRIBUTES.branch("0.0");

  /**
   * AgentSET communication-certificate type ({@code AGENTSET_CERT.1}): wallets and customer agents,
   * which SET's {@code certificateType} cannot name.
   */
  public static final ASN1ObjectIdentifier AGENT_CERTIFICATE_TYPE =
      SetObjectIdentifiers.AGENTSET_CERT.branch("1");

  /**
   * AgentSET communication-certificate policy ({@code AGENTSET_CERT.2}), carried beside {@link
   * #SET_POLICY_ROOT} in wallet and customer-agent certificates.
   */
  public static final ASN1ObjectIdentifier AGENT_POLICY =
      SetObjectIdentifiers.AGENTSET_CERT.branch("2");

  private SetCertObjectIdentifiers() {}

  /**
   * Content type of a wallet's request for its communication certificate ({@code AGENTSET_CERT.3}):
   * a CMS SignedData over a PKCS#10 request, signed by the cardholder's SET signature key.
   */
  public static final ASN1ObjectIdentifier WALLET_CERTIFICATE_REQUEST =
      SetObjectIdentifiers.AGENTSET_CERT.branch("3");

  /**
   * Content type of a customer agent's certificate request ({@code AGENTSET_CERT.4}): a CMS
   * SignedData over an {@link AgentCertificateRequest}, signed by the customer's wallet.
   */
  public static final ASN1ObjectIdentifier AGENT_CERTIFICATE_REQUEST =
      SetObjectIdentifiers.AGENTSET_CERT.branch("4");
}
