package org.agentset.set.reg;

import org.agentset.set.asn1.reg.RequestType;
import org.agentset.set.cert.CertificateProfile;

/**
 * Who registers: a cardholder (one signature certificate, from the cardholder CA), a merchant or a
 * payment gateway (a signature and a key-exchange certificate each, from the merchant or gateway
 * CA). The names are those of the CA's {@code registration_request.kind}.
 */
public enum EntityKind {
  CARDHOLDER(
      RequestType.CARD_INITIAL_SIG,
      CertificateProfile.CARDHOLDER_CA_SIGNATURE,
      CertificateProfile.CARDHOLDER,
      null),
  MERCHANT(
      RequestType.MER_INITIAL_BOTH,
      CertificateProfile.MERCHANT_CA_SIGNATURE,
      CertificateProfile.MERCHANT_SIGNATURE,
      CertificateProfile.MERCHANT_KEY_EXCHANGE),
  GATEWAY(
      RequestType.PGWY_INITIAL_BOTH,
      CertificateProfile.GATEWAY_CA_SIGNATURE,
      CertificateProfile.GATEWAY_SIGNATURE,
      CertificateProfile.GATEWAY_KEY_EXCHANGE);

  private final RequestType requestType;
  private final CertificateProfile caSignature;
  private final CertificateProfile signature;
  private final CertificateProfile keyExchange;

  EntityKind(
      RequestType requestType,
      CertificateProfile caSignature,
      CertificateProfile signature,
      CertificateProfile keyExchange) {
    this.requestType = requestType;
    this.caSignature = caSignature;
    this.signature = signature;
    this.keyExchange = keyExchange;
  }

  /** The one request type AgentSET serves for this kind (initial registration). */
  public RequestType requestType() {
    return requestType;
  }

  /** The profile of the CA message-signing certificate that signs this kind's responses. */
  public CertificateProfile caSignatureProfile() {
    return caSignature;
  }

  /** The profile of the signature certificate issued. */
  public CertificateProfile signatureProfile() {
    return signature;
  }

  /** The profile of the key-exchange certificate issued, or null (cardholders get none). */
  public CertificateProfile keyExchangeProfile() {
    return keyExchange;
  }

  /** The kind asking with {@code type}, or null for a type AgentSET does not serve. */
  public static EntityKind of(RequestType type) {
    for (EntityKind k : values()) {
      if (k.requestType == type) {
        return k;
      }
    }
    return null;
  }
}
