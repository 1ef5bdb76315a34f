package org.agentset.set.asn1.gateway;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The gateway's signed statement of its authorization decision, for the cardholder (SET-PROTOCOL.md
 * §5.2 fix): which purchase (XID and HOD, both of which the cardholder holds: HOD is salted, so it
 * names exactly this order), which authorization (AuthRRPID), which merchant, how much and with
 * what outcome. The cardholder checks XID and HOD against its own PIHead.
 *
 * <pre>
 * GatewayReceiptData ::= SEQUENCE {
 *    xid            XID,
 *    authRRPID      RRPID,
 *    hod            HOD,
 *    authAmt        CurrencyAmount,
 *    authCode       AuthCode,
 *    merchantID     MerchantID,
 *    merchantThumb  CertThumb,
 *    authDate       Date,
 *    label          VisibleString (SIZE(1..64))   -- {@link #LABEL}
 * }
 * </pre>
 *
 * <p>AgentSET addition; signed as {@link GatewayReceipt} with content type {@code
 * GATEWAY_RECEIPT_DATA}.
 */
public final class GatewayReceiptData extends ASN1Object {

  private static final String TYPE = "GatewayReceiptData";

  /** Protocol and role label the gateway writes. */
  public static final String LABEL = "AgentSET/SET1.0/GatewayReceipt";

  private final byte[] xid;
  private final byte[] authRrpid;
  private final DetachedDigest hod;
  private final CurrencyAmount authAmt;
  private final AuthCode authCode;
  private final SetString merchantId;
  private final CertThumb merchantThumb;
  private final Instant authDate;
  private final String label;

  /** Builds a receipt. */
  public GatewayReceiptData(
      byte[] xid,
      byte[] authRrpid,
      DetachedDigest hod,
      CurrencyAmount authAmt,
      AuthCode authCode,
      SetString merchantId,
      CertThumb merchantThumb,
      Instant authDate,
      String label) {
    this.xid = Check.requiredOctets("xid", xid, NONCE_SIZE, NONCE_SIZE);
    this.authRrpid = Check.requiredOctets("authRRPID", authRrpid, NONCE_SIZE, NONCE_SIZE);
    this.hod = Check.required("hod", hod);
    this.authAmt = Check.required("authAmt", authAmt);
    this.authCode = Check.required("authCode", authCode);
    this.merchantId = Check.required("merchantID", merchantId);
    this.merchantThumb = Check.required("merchantThumb", merchantThumb);
    this.authDate = Check.required("authDate", authDate);
    this.label = Check.visible("label", Check.required("label", label), 1, 64);
  }

  private GatewayReceiptData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    xid = f.required("xid", SetTypes.NONCE);
    authRrpid = f.required("authRRPID", SetTypes.NONCE);
    hod = f.required("hod", DetachedDigest::getInstance);
    authAmt = f.required("authAmt", CurrencyAmount::getInstance);
    authCode = f.required("authCode", Values.enumerated(AuthCode.class));
    merchantId = f.required("merchantID", SetString.decoder(PIHead.MERCHANT_ID_MAX));
    merchantThumb = f.required("merchantThumb", CertThumb::getInstance);
    authDate = f.required("authDate", SetTypes.DATE);
    label = f.required("label", Values.visible(1, 64));
    f.end();
  }

  /** Decodes GatewayReceiptData. */
  public static GatewayReceiptData getInstance(Object obj) {
    return obj instanceof GatewayReceiptData v
        ? v
        : new GatewayReceiptData(Fields.sequence(TYPE, obj));
  }

  public byte[] getXid() {
    return xid.clone();
  }

  public byte[] getAuthRrpid() {
    return authRrpid.clone();
  }

  public DetachedDigest getHod() {
    return hod;
  }

  public CurrencyAmount getAuthAmt() {
    return authAmt;
  }

  public AuthCode getAuthCode() {
    return authCode;
  }

  public SetString getMerchantId() {
    return merchantId;
  }

  public CertThumb getMerchantThumb() {
    return merchantThumb;
  }

  public Instant getAuthDate() {
    return authDate;
  }

  public String getLabel() {
    return label;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(xid))
        .add(Der.octets(authRrpid))
        .add(hod)
        .add(authAmt)
        .add(Der.enumerated(authCode))
        .add(merchantId)
        .add(merchantThumb)
        .add(Der.time(authDate))
        .add(Der.visible(label))
        .build();
  }
}
