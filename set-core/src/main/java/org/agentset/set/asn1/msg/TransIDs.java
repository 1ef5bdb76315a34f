package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.msg.SetTypes.LOCAL_ID_MAX;
import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The identifiers of one purchase, copied into every message about it: the cardholder's and the
 * merchant's local labels, the globally unique 20-byte XID, and the date of the purchase request.
 * Every record of a purchase in every party's schema can be found from the XID.
 *
 * <pre>
 * TransIDs ::= SEQUENCE {
 *    lid-C     LocalID,
 *    lid-M     [0] LocalID OPTIONAL,
 *    xid       XID,
 *    pReqDate  Date,
 *    paySysID  [1] PaySysID OPTIONAL,
 *    language  Language
 * }
 * </pre>
 *
 * <p>Fields and order from SET Book 2's TransIDs table (SET-PROTOCOL.md §3.2 [C]); tags [U],
 * following SetPayMsgs' pattern of context tags on optional fields.
 */
public final class TransIDs extends ASN1Object {

  private static final String TYPE = "TransIDs";

  private final byte[] lidC;
  private final byte[] lidM;
  private final byte[] xid;
  private final Instant pReqDate;
  private final String paySysId;
  private final String language;

  /** Builds TransIDs; {@code lidM} and {@code paySysId} may be null. */
  public TransIDs(
      byte[] lidC, byte[] lidM, byte[] xid, Instant pReqDate, String paySysId, String language) {
    this.lidC = Check.requiredOctets("lid-C", lidC, 1, LOCAL_ID_MAX);
    this.lidM = Check.octets("lid-M", lidM, 1, LOCAL_ID_MAX);
    this.xid = Check.requiredOctets("xid", xid, NONCE_SIZE, NONCE_SIZE);
    this.pReqDate = Check.required("pReqDate", pReqDate);
    this.paySysId = Check.visible("paySysID", paySysId, 1, 64);
    this.language = Check.visible("language", Check.required("language", language), 1, 35);
  }

  private TransIDs(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    lidC = f.required("lid-C", SetTypes.LOCAL_ID);
    lidM = f.optionalImplicit(0, "lid-M", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    xid = f.required("xid", SetTypes.NONCE);
    pReqDate = f.required("pReqDate", SetTypes.DATE);
    paySysId = f.optionalImplicit(1, "paySysID", BERTags.VISIBLE_STRING, SetTypes.PAY_SYS_ID);
    language = f.required("language", SetTypes.LANGUAGE);
    f.end();
  }

  /** Decodes TransIDs. */
  public static TransIDs getInstance(Object obj) {
    return obj instanceof TransIDs v ? v : new TransIDs(Fields.sequence(TYPE, obj));
  }

  /** The cardholder's local ID. */
  public byte[] getLidC() {
    return lidC.clone();
  }

  /** The merchant's local ID, or null. */
  public byte[] getLidM() {
    return lidM == null ? null : lidM.clone();
  }

  /** The transaction ID (20 bytes). */
  public byte[] getXid() {
    return xid.clone();
  }

  /** Date of the purchase request. */
  public Instant getPReqDate() {
    return pReqDate;
  }

  /** Payment system ID used by some brands, or null. */
  public String getPaySysId() {
    return paySysId;
  }

  /** The cardholder's language (RFC 1766 tag). */
  public String getLanguage() {
    return language;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(lidC))
        .implicit(0, Der.octets(lidM))
        .add(Der.octets(xid))
        .add(Der.time(pReqDate))
        .implicit(1, Der.visible(paySysId))
        .add(Der.visible(language))
        .build();
  }
}
