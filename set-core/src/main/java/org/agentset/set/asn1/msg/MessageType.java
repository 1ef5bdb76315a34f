package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.gateway.AuthReq;
import org.agentset.set.asn1.gateway.AuthRes;
import org.agentset.set.asn1.gateway.AuthRevReq;
import org.agentset.set.asn1.gateway.AuthRevRes;
import org.agentset.set.asn1.gateway.CapReq;
import org.agentset.set.asn1.gateway.CapRes;
import org.agentset.set.asn1.gateway.CredReq;
import org.agentset.set.asn1.gateway.CredRes;
import org.agentset.set.asn1.gateway.PCertReq;
import org.agentset.set.asn1.gateway.PCertRes;
import org.agentset.set.asn1.purchase.InqReq;
import org.agentset.set.asn1.purchase.InqRes;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PInitRes;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PRes;
import org.agentset.set.asn1.reg.CardCInitReq;
import org.agentset.set.asn1.reg.CardCInitRes;
import org.agentset.set.asn1.reg.CertInqReq;
import org.agentset.set.asn1.reg.CertInqRes;
import org.agentset.set.asn1.reg.CertReq;
import org.agentset.set.asn1.reg.CertRes;
import org.agentset.set.asn1.reg.MeAqCInitReq;
import org.agentset.set.asn1.reg.MeAqCInitRes;
import org.agentset.set.asn1.reg.RegFormReq;
import org.agentset.set.asn1.reg.RegFormRes;
import org.bouncycastle.asn1.ASN1Object;

/**
 * The alternatives of SET's {@code Message} CHOICE with their context tags, and the SET type each
 * one carries. Capture reversal, credit reversal and batch administration are SET messages AgentSET
 * does not implement: they decode to {@code UNSUPPORTED} (SET's {@code messageNotSupported}).
 *
 * <p>Tags: {@code [0]} PInitReq and {@code [1]} PInitRes are confirmed by the published SetMessage
 * module (2.23.42.6.0), whose alternatives continue in the order listed here; the remaining tag
 * numbers follow SET Book 3 as recalled ([U], SET-PROTOCOL.md §9).
 */
public enum MessageType {
  PURCHASE_INIT_REQUEST(0, "purchaseInitRequest", PInitReq.class, PInitReq::getInstance),
  PURCHASE_INIT_RESPONSE(1, "purchaseInitResponse", PInitRes.class, PInitRes::getInstance),
  PURCHASE_REQUEST(2, "purchaseRequest", PReq.class, PReq::getInstance),
  PURCHASE_RESPONSE(3, "purchaseResponse", PRes.class, PRes::getInstance),
  INQUIRY_REQUEST(4, "inquiryRequest", InqReq.class, InqReq::getInstance),
  INQUIRY_RESPONSE(5, "inquiryResponse", InqRes.class, InqRes::getInstance),
  AUTHORIZATION_REQUEST(6, "authorizationRequest", AuthReq.class, AuthReq::getInstance),
  AUTHORIZATION_RESPONSE(7, "authorizationResponse", AuthRes.class, AuthRes::getInstance),
  AUTH_REVERSAL_REQUEST(8, "authReversalRequest", AuthRevReq.class, AuthRevReq::getInstance),
  AUTH_REVERSAL_RESPONSE(9, "authReversalResponse", AuthRevRes.class, AuthRevRes::getInstance),
  CAPTURE_REQUEST(10, "captureRequest", CapReq.class, CapReq::getInstance),
  CAPTURE_RESPONSE(11, "captureResponse", CapRes.class, CapRes::getInstance),
  CAPTURE_REVERSAL_REQUEST(12, "captureReversalRequest", null, null),
  CAPTURE_REVERSAL_RESPONSE(13, "captureReversalResponse", null, null),
  CREDIT_REQUEST(14, "creditRequest", CredReq.class, CredReq::getInstance),
  CREDIT_RESPONSE(15, "creditResponse", CredRes.class, CredRes::getInstance),
  CREDIT_REVERSAL_REQUEST(16, "creditReversalRequest", null, null),
  CREDIT_REVERSAL_RESPONSE(17, "creditReversalResponse", null, null),
  PCERT_REQUEST(18, "pCertificateRequest", PCertReq.class, PCertReq::getInstance),
  PCERT_RESPONSE(19, "pCertificateResponse", PCertRes.class, PCertRes::getInstance),
  BATCH_ADMIN_REQUEST(20, "batchAdministrationRequest", null, null),
  BATCH_ADMIN_RESPONSE(21, "batchAdministrationResponse", null, null),
  CARD_CINIT_REQUEST(22, "cardholderCInitRequest", CardCInitReq.class, CardCInitReq::getInstance),
  CARD_CINIT_RESPONSE(23, "cardholderCInitResponse", CardCInitRes.class, CardCInitRes::getInstance),
  ME_AQ_CINIT_REQUEST(24, "meAqCInitRequest", MeAqCInitReq.class, MeAqCInitReq::getInstance),
  ME_AQ_CINIT_RESPONSE(25, "meAqCInitResponse", MeAqCInitRes.class, MeAqCInitRes::getInstance),
  REG_FORM_REQUEST(26, "registrationFormRequest", RegFormReq.class, RegFormReq::getInstance),
  REG_FORM_RESPONSE(27, "registrationFormResponse", RegFormRes.class, RegFormRes::getInstance),
  CERT_REQUEST(28, "certificateRequest", CertReq.class, CertReq::getInstance),
  CERT_RESPONSE(29, "certificateResponse", CertRes.class, CertRes::getInstance),
  CERT_INQUIRY_REQUEST(30, "certificateInquiryRequest", CertInqReq.class, CertInqReq::getInstance),
  CERT_INQUIRY_RESPONSE(
      31, "certificateInquiryResponse", CertInqRes.class, CertInqRes::getInstance),
  ERROR(999, "error", SetError.class, SetError::getInstance);

  private final int tag;
  private final String alternative;
  private final Class<? extends ASN1Object> bodyType;
  private final Decoder<? extends ASN1Object> decoder;

  MessageType(
      int tag,
      String alternative,
      Class<? extends ASN1Object> bodyType,
      Decoder<? extends ASN1Object> decoder) {
    this.tag = tag;
    this.alternative = alternative;
    this.bodyType = bodyType;
    this.decoder = decoder;
  }

  /** The context tag of the alternative. */
  public int tag() {
    return tag;
  }

  /** The alternative's name in the ASN.1, used in error paths. */
  public String alternative() {
    return alternative;
  }

  /** The SET type carried, or null if AgentSET does not implement this message. */
  public Class<? extends ASN1Object> bodyType() {
    return bodyType;
  }

  /** Whether AgentSET implements this message. */
  public boolean isSupported() {
    return decoder != null;
  }

  Decoder<? extends ASN1Object> decoder() {
    return decoder;
  }

  /** The type with context tag {@code tag}, or null. */
  public static MessageType forTag(int tag) {
    for (MessageType t : values()) {
      if (t.tag == tag) {
        return t;
      }
    }
    return null;
  }

  /** The type carrying {@code body}'s class, or null. */
  public static MessageType forBody(ASN1Object body) {
    for (MessageType t : values()) {
      if (t.bodyType != null && t.bodyType == body.getClass()) {
        return t;
      }
    }
    return null;
  }
}
