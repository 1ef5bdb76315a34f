package org.agentset.set.asn1.gateway;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The gateway's authorization result: amount authorized, outcome, when, and the issuer's
 * references.
 *
 * <pre>
 * AuthHeader ::= SEQUENCE {
 *    authAmt       CurrencyAmount,
 *    authCode      AuthCode,
 *    authDate      Date,
 *    approvalCode  [0] VisibleString (SIZE(1..6)) OPTIONAL,   -- issuer approval (ISO 8583 DE 38)
 *    responseCode  [1] NumericString (SIZE(2)) OPTIONAL,      -- network response (DE 39)
 *    logRefID      [2] OCTET STRING (SIZE(1..32)) OPTIONAL    -- gateway's reference
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.5 gives {@code AuthHeader = {AuthAmt, AuthCode, ...}} with the rest [U];
 * the remaining fields are AgentSET's, carrying what its ISO 8583 issuer returns.
 */
public final class AuthHeader extends ASN1Object {

  private static final String TYPE = "AuthHeader";

  private final CurrencyAmount authAmt;
  private final AuthCode authCode;
  private final Instant authDate;
  private final String approvalCode;
  private final String responseCode;
  private final byte[] logRefId;

  /** Builds an AuthHeader; the last three fields may be null. */
  public AuthHeader(
      CurrencyAmount authAmt,
      AuthCode authCode,
      Instant authDate,
      String approvalCode,
      String responseCode,
      byte[] logRefId) {
    this.authAmt = Check.required("authAmt", authAmt);
    this.authCode = Check.required("authCode", authCode);
    this.authDate = Check.required("authDate", authDate);
    this.approvalCode = Check.visible("approvalCode", approvalCode, 1, 6);
    this.responseCode = Check.numeric("responseCode", responseCode, 2, 2);
    this.logRefId = Check.octets("logRefID", logRefId, 1, 32);
  }

  private AuthHeader(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authAmt = f.required("authAmt", CurrencyAmount::getInstance);
    authCode = f.required("authCode", Values.enumerated(AuthCode.class));
    authDate = f.required("authDate", SetTypes.DATE);
    approvalCode =
        f.optionalImplicit(0, "approvalCode", BERTags.VISIBLE_STRING, Values.visible(1, 6));
    responseCode =
        f.optionalImplicit(1, "responseCode", BERTags.NUMERIC_STRING, Values.numeric(2, 2));
    logRefId = f.optionalImplicit(2, "logRefID", BERTags.OCTET_STRING, Values.octets(1, 32));
    f.end();
  }

  /** Decodes an AuthHeader. */
  public static AuthHeader getInstance(Object obj) {
    return obj instanceof AuthHeader v ? v : new AuthHeader(Fields.sequence(TYPE, obj));
  }

  public CurrencyAmount getAuthAmt() {
    return authAmt;
  }

  public AuthCode getAuthCode() {
    return authCode;
  }

  public Instant getAuthDate() {
    return authDate;
  }

  public String getApprovalCode() {
    return approvalCode;
  }

  public String getResponseCode() {
    return responseCode;
  }

  public byte[] getLogRefId() {
    return logRefId == null ? null : logRefId.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(authAmt)
        .add(Der.enumerated(authCode))
        .add(Der.time(authDate))
        .implicit(0, Der.visible(approvalCode))
        .implicit(1, Der.numeric(responseCode))
        .implicit(2, Der.octets(logRefId))
        .build();
  }
}
