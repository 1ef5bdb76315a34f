package org.agentset.set.asn1.gateway;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the merchant asks to capture for one authorization, with the original request and result
 * recalled so the gateway needs no state of its own.
 *
 * <pre>
 * CapPayload ::= SEQUENCE {
 *    capDate         Date,
 *    capReqAmt       CurrencyAmount,
 *    authReqItem     [0] AuthReqItem OPTIONAL,
 *    authResPayload  [1] AuthResPayload OPTIONAL,
 *    -- [2] saleDetail: not carried by AgentSET
 *    cPayExtensions  [3] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 ([P]; SETREF's fill-in list [C]); tags [U].
 */
public final class CapPayload extends ASN1Object {

  private static final String TYPE = "CapPayload";

  private final Instant capDate;
  private final CurrencyAmount capReqAmt;
  private final AuthReqItem authReqItem;
  private final AuthResPayload authResPayload;
  private final Extensions cPayExtensions;

  /** Builds a CapPayload; the last three fields may be null. */
  public CapPayload(
      Instant capDate,
      CurrencyAmount capReqAmt,
      AuthReqItem authReqItem,
      AuthResPayload authResPayload,
      Extensions cPayExtensions) {
    this.capDate = Check.required("capDate", capDate);
    this.capReqAmt = Check.required("capReqAmt", capReqAmt);
    this.authReqItem = authReqItem;
    this.authResPayload = authResPayload;
    this.cPayExtensions = cPayExtensions;
  }

  private CapPayload(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capDate = f.required("capDate", SetTypes.DATE);
    capReqAmt = f.required("capReqAmt", CurrencyAmount::getInstance);
    authReqItem = f.optionalImplicit(0, "authReqItem", BERTags.SEQUENCE, AuthReqItem::getInstance);
    authResPayload =
        f.optionalImplicit(1, "authResPayload", BERTags.SEQUENCE, AuthResPayload::getInstance);
    cPayExtensions = f.optionalImplicit(3, "cPayExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes a CapPayload. */
  public static CapPayload getInstance(Object obj) {
    return obj instanceof CapPayload v ? v : new CapPayload(Fields.sequence(TYPE, obj));
  }

  public Instant getCapDate() {
    return capDate;
  }

  public CurrencyAmount getCapReqAmt() {
    return capReqAmt;
  }

  public AuthReqItem getAuthReqItem() {
    return authReqItem;
  }

  public AuthResPayload getAuthResPayload() {
    return authResPayload;
  }

  public Extensions getCPayExtensions() {
    return cPayExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.time(capDate))
        .add(capReqAmt)
        .implicit(0, authReqItem)
        .implicit(1, authResPayload)
        .implicit(3, cPayExtensions)
        .build();
  }
}
