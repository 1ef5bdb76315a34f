package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.SetObjectIdentifiers.AGENTSET_ATTRIBUTES;
import static org.agentset.set.asn1.SetObjectIdentifiers.AGENTSET_CONTENT_TYPES;
import static org.agentset.set.asn1.SetObjectIdentifiers.CONTENT_TYPES;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers of SET's message content types, and AgentSET's message extensions.
 *
 * <p>The {@code setct-*} content types (2.23.42.0.n) are SET's own, as registered by SETCo and
 * listed in OpenSSL's {@code objects.txt} (each checked against {@code openssl asn1parse -genstr
 * OID:2.23.42.0.n}). They are the {@code eContentType} of the CMS structure that carries the type
 * of the same name, and the {@code eContentType} of a {@link DetachedDigest} of it.
 *
 * <p>AgentSET's additions live below the arcs fixed in {@link
 * org.agentset.set.asn1.SetObjectIdentifiers}: message extensions under {@code AGENTSET.4.100}
 * (attributes arc, sub-arc 100 reserved for SET message extensions) and content types under {@code
 * AGENTSET.2.100}. Each extension closes a weakness listed in SET-PROTOCOL.md §5.
 */
public final class MessageIdentifiers {

  /** setct-PANData 2.23.42.0.0. */
  public static final ASN1ObjectIdentifier PAN_DATA = CONTENT_TYPES.branch("0");

  /** setct-PANToken 2.23.42.0.1. */
  public static final ASN1ObjectIdentifier PAN_TOKEN = CONTENT_TYPES.branch("1");

  /** setct-PANOnly 2.23.42.0.2. */
  public static final ASN1ObjectIdentifier PAN_ONLY = CONTENT_TYPES.branch("2");

  /** setct-OIData 2.23.42.0.3. */
  public static final ASN1ObjectIdentifier OI_DATA = CONTENT_TYPES.branch("3");

  /** setct-PI 2.23.42.0.4. */
  public static final ASN1ObjectIdentifier PI = CONTENT_TYPES.branch("4");

  /** setct-PIData 2.23.42.0.5. */
  public static final ASN1ObjectIdentifier PI_DATA = CONTENT_TYPES.branch("5");

  /** setct-PIDataUnsigned 2.23.42.0.6. */
  public static final ASN1ObjectIdentifier PI_DATA_UNSIGNED = CONTENT_TYPES.branch("6");

  /** setct-HODInput 2.23.42.0.7. */
  public static final ASN1ObjectIdentifier HOD_INPUT = CONTENT_TYPES.branch("7");

  /** setct-AuthResBaggage 2.23.42.0.8. */
  public static final ASN1ObjectIdentifier AUTH_RES_BAGGAGE = CONTENT_TYPES.branch("8");

  /** setct-AuthRevReqBaggage 2.23.42.0.9. */
  public static final ASN1ObjectIdentifier AUTH_REV_REQ_BAGGAGE = CONTENT_TYPES.branch("9");

  /** setct-AuthRevResBaggage 2.23.42.0.10. */
  public static final ASN1ObjectIdentifier AUTH_REV_RES_BAGGAGE = CONTENT_TYPES.branch("10");

  /** setct-CapTokenSeq 2.23.42.0.11. */
  public static final ASN1ObjectIdentifier CAP_TOKEN_SEQ = CONTENT_TYPES.branch("11");

  /** setct-PInitResData 2.23.42.0.12. */
  public static final ASN1ObjectIdentifier PINIT_RES_DATA = CONTENT_TYPES.branch("12");

  /** setct-PI-TBS 2.23.42.0.13. */
  public static final ASN1ObjectIdentifier PI_TBS = CONTENT_TYPES.branch("13");

  /** setct-PResData 2.23.42.0.14. */
  public static final ASN1ObjectIdentifier PRES_DATA = CONTENT_TYPES.branch("14");

  /** setct-AuthReqTBS 2.23.42.0.16. */
  public static final ASN1ObjectIdentifier AUTH_REQ_TBS = CONTENT_TYPES.branch("16");

  /** setct-AuthResTBS 2.23.42.0.17. */
  public static final ASN1ObjectIdentifier AUTH_RES_TBS = CONTENT_TYPES.branch("17");

  /** setct-AuthResTBSX 2.23.42.0.18. */
  public static final ASN1ObjectIdentifier AUTH_RES_TBSX = CONTENT_TYPES.branch("18");

  /** setct-AuthTokenTBS 2.23.42.0.19. */
  public static final ASN1ObjectIdentifier AUTH_TOKEN_TBS = CONTENT_TYPES.branch("19");

  /** setct-CapTokenData 2.23.42.0.20. */
  public static final ASN1ObjectIdentifier CAP_TOKEN_DATA = CONTENT_TYPES.branch("20");

  /** setct-CapTokenTBS 2.23.42.0.21. */
  public static final ASN1ObjectIdentifier CAP_TOKEN_TBS = CONTENT_TYPES.branch("21");

  /** setct-AcqCardCodeMsg 2.23.42.0.22. */
  public static final ASN1ObjectIdentifier ACQ_CARD_CODE_MSG = CONTENT_TYPES.branch("22");

  /** setct-AuthRevReqTBS 2.23.42.0.23. */
  public static final ASN1ObjectIdentifier AUTH_REV_REQ_TBS = CONTENT_TYPES.branch("23");

  /** setct-AuthRevResData 2.23.42.0.24. */
  public static final ASN1ObjectIdentifier AUTH_REV_RES_DATA = CONTENT_TYPES.branch("24");

  /** setct-AuthRevResTBS 2.23.42.0.25. */
  public static final ASN1ObjectIdentifier AUTH_REV_RES_TBS = CONTENT_TYPES.branch("25");

  /** setct-CapReqTBS 2.23.42.0.26. */
  public static final ASN1ObjectIdentifier CAP_REQ_TBS = CONTENT_TYPES.branch("26");

  /** setct-CapResData 2.23.42.0.28. */
  public static final ASN1ObjectIdentifier CAP_RES_DATA = CONTENT_TYPES.branch("28");

  /** setct-CredReqTBS 2.23.42.0.32. */
  public static final ASN1ObjectIdentifier CRED_REQ_TBS = CONTENT_TYPES.branch("32");

  /** setct-CredResData 2.23.42.0.34. */
  public static final ASN1ObjectIdentifier CRED_RES_DATA = CONTENT_TYPES.branch("34");

  /** setct-PCertReqData 2.23.42.0.38. */
  public static final ASN1ObjectIdentifier PCERT_REQ_DATA = CONTENT_TYPES.branch("38");

  /** setct-PCertResTBS 2.23.42.0.39. */
  public static final ASN1ObjectIdentifier PCERT_RES_TBS = CONTENT_TYPES.branch("39");

  /** setct-CardCInitResTBS 2.23.42.0.42. */
  public static final ASN1ObjectIdentifier CARD_CINIT_RES_TBS = CONTENT_TYPES.branch("42");

  /** setct-MeAqCInitResTBS 2.23.42.0.43. */
  public static final ASN1ObjectIdentifier ME_AQ_CINIT_RES_TBS = CONTENT_TYPES.branch("43");

  /** setct-RegFormResTBS 2.23.42.0.44. */
  public static final ASN1ObjectIdentifier REG_FORM_RES_TBS = CONTENT_TYPES.branch("44");

  /** setct-CertReqData 2.23.42.0.45. */
  public static final ASN1ObjectIdentifier CERT_REQ_DATA = CONTENT_TYPES.branch("45");

  /** setct-CertReqTBS 2.23.42.0.46. */
  public static final ASN1ObjectIdentifier CERT_REQ_TBS = CONTENT_TYPES.branch("46");

  /** setct-CertResData 2.23.42.0.47. */
  public static final ASN1ObjectIdentifier CERT_RES_DATA = CONTENT_TYPES.branch("47");

  /** setct-CertInqReqTBS 2.23.42.0.48. */
  public static final ASN1ObjectIdentifier CERT_INQ_REQ_TBS = CONTENT_TYPES.branch("48");

  /** setct-ErrorTBS 2.23.42.0.49. */
  public static final ASN1ObjectIdentifier ERROR_TBS = CONTENT_TYPES.branch("49");

  /** setct-PIDualSignedTBE 2.23.42.0.50. */
  public static final ASN1ObjectIdentifier PI_DUAL_SIGNED_TBE = CONTENT_TYPES.branch("50");

  /** setct-PIUnsignedTBE 2.23.42.0.51. */
  public static final ASN1ObjectIdentifier PI_UNSIGNED_TBE = CONTENT_TYPES.branch("51");

  /** AgentSET message extensions: {@code AGENTSET.4.100}. */
  public static final ASN1ObjectIdentifier AGENTSET_MSG_EXTENSIONS =
      AGENTSET_ATTRIBUTES.branch("100");

  /**
   * {@code AGENTSET.4.100.1}: {@code GatewayBinding} in {@code PIHead.piExtensions} and {@code
   * OIData.oiExtensions}, critical. Closes SET-PROTOCOL.md §5.1 (the dual signature does not name
   * the gateway).
   */
  public static final ASN1ObjectIdentifier EXT_GATEWAY_BINDING =
      AGENTSET_MSG_EXTENSIONS.branch("1");

  /**
   * {@code AGENTSET.4.100.2}: {@code MerchantBinding} in {@code AuthResPayload.aRsExtensions},
   * critical. Closes §5.2 (AuthRes does not refer to the merchant).
   */
  public static final ASN1ObjectIdentifier EXT_MERCHANT_BINDING =
      AGENTSET_MSG_EXTENSIONS.branch("2");

  /**
   * {@code AGENTSET.4.100.3}: {@code GatewayReceipt} (a gateway-signed {@code GatewayReceiptData})
   * in {@code AuthResPayload.aRsExtensions} and, relayed unchanged by the merchant, in {@code
   * PResPayload.pRsExtensions}. Closes §5.2 (the cardholder never sees gateway-signed evidence).
   */
  public static final ASN1ObjectIdentifier EXT_GATEWAY_RECEIPT =
      AGENTSET_MSG_EXTENSIONS.branch("3");

  /**
   * {@code AGENTSET.4.100.4}: the algorithm suite ({@code AlgorithmIdentifier} under {@code
   * AGENTSET.1}) in {@code MessageWrapper.mwExtensions}, critical, so a SET 1.0 peer refuses with
   * {@code unrecognizedExtension} instead of misreading the cryptography.
   */
  public static final ASN1ObjectIdentifier EXT_ALGORITHM_SUITE =
      AGENTSET_MSG_EXTENSIONS.branch("4");

  /** AgentSET message content types: {@code AGENTSET.2.100}. */
  public static final ASN1ObjectIdentifier AGENTSET_MSG_CONTENT_TYPES =
      AGENTSET_CONTENT_TYPES.branch("100");

  /** {@code AGENTSET.2.100.1}: the {@code eContentType} of a signed {@code GatewayReceiptData}. */
  public static final ASN1ObjectIdentifier GATEWAY_RECEIPT_DATA =
      AGENTSET_MSG_CONTENT_TYPES.branch("1");

  private MessageIdentifiers() {}
}
