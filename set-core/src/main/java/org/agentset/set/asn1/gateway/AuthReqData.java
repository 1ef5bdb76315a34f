package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the merchant signs and envelopes to the gateway in AuthReq (with {@code DD(PI)} linking the
 * PI baggage): the request, what the merchant has cached, and whether to capture at once.
 *
 * <pre>
 * AuthReqData ::= SEQUENCE {
 *    authReqItem  AuthReqItem,
 *    mThumbs      [0] EXPLICIT Thumbs OPTIONAL,
 *    captureNow   BOOLEAN DEFAULT FALSE
 *    -- [1] saleDetail: not carried by AgentSET
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.64 (SET-PROTOCOL.md §3.5 [C]); tags [U]. Signed content is {@code
 * AuthReqTBS ::= L{AuthReqData, PI}} (content type {@code setct-AuthReqTBS}), see {@link
 * org.agentset.set.asn1.msg.Linked}.
 */
public final class AuthReqData extends ASN1Object {

  private static final String TYPE = "AuthReqData";

  private final AuthReqItem authReqItem;
  private final Thumbs mThumbs;
  private final boolean captureNow;

  /** Builds AuthReqData; {@code mThumbs} may be null. */
  public AuthReqData(AuthReqItem authReqItem, Thumbs mThumbs, boolean captureNow) {
    this.authReqItem = Check.required("authReqItem", authReqItem);
    this.mThumbs = mThumbs;
    this.captureNow = captureNow;
  }

  private AuthReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authReqItem = f.required("authReqItem", AuthReqItem::getInstance);
    mThumbs = f.optionalExplicit(0, "mThumbs", Thumbs::getInstance);
    captureNow = f.defaultFalse("captureNow");
    f.end();
  }

  /** Decodes AuthReqData. */
  public static AuthReqData getInstance(Object obj) {
    return obj instanceof AuthReqData v ? v : new AuthReqData(Fields.sequence(TYPE, obj));
  }

  public AuthReqItem getAuthReqItem() {
    return authReqItem;
  }

  public Thumbs getMThumbs() {
    return mThumbs;
  }

  /** Whether the gateway should capture at once if authorization succeeds. */
  public boolean isCaptureNow() {
    return captureNow;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(authReqItem).explicit(0, mThumbs).defaultFalse(captureNow).build();
  }
}
