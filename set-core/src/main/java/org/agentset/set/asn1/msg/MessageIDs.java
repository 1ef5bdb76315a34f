package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.msg.SetTypes.LOCAL_ID_MAX;
import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The transaction identifiers repeated in the clear in a message's header, so a party can route and
 * correlate a message (and an Error about it) before opening any envelope.
 *
 * <pre>
 * MessageIDs ::= SEQUENCE {
 *    lid-C  [0] LocalID OPTIONAL,
 *    lid-M  [1] LocalID OPTIONAL,
 *    xID    [2] XID OPTIONAL
 * }
 * </pre>
 *
 * <p>SET Book 3 SetMessage module (2.23.42.6.0), as published.
 */
public final class MessageIDs extends ASN1Object {

  private static final String TYPE = "MessageIDs";

  private final byte[] lidC;
  private final byte[] lidM;
  private final byte[] xid;

  /** Builds MessageIDs; every field may be null. */
  public MessageIDs(byte[] lidC, byte[] lidM, byte[] xid) {
    this.lidC = Check.octets("lid-C", lidC, 1, LOCAL_ID_MAX);
    this.lidM = Check.octets("lid-M", lidM, 1, LOCAL_ID_MAX);
    this.xid = Check.octets("xID", xid, NONCE_SIZE, NONCE_SIZE);
  }

  private MessageIDs(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    lidC = f.optionalImplicit(0, "lid-C", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    lidM = f.optionalImplicit(1, "lid-M", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    xid = f.optionalImplicit(2, "xID", BERTags.OCTET_STRING, SetTypes.NONCE);
    f.end();
  }

  /** Decodes MessageIDs. */
  public static MessageIDs getInstance(Object obj) {
    return obj instanceof MessageIDs v ? v : new MessageIDs(Fields.sequence(TYPE, obj));
  }

  /** The cardholder's local ID, or null. */
  public byte[] getLidC() {
    return lidC == null ? null : lidC.clone();
  }

  /** The merchant's local ID, or null. */
  public byte[] getLidM() {
    return lidM == null ? null : lidM.clone();
  }

  /** The transaction ID, or null. */
  public byte[] getXid() {
    return xid == null ? null : xid.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .implicit(0, Der.octets(lidC))
        .implicit(1, Der.octets(lidM))
        .implicit(2, Der.octets(xid))
        .build();
  }
}
