package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The cardholder's question "where is my order?", with a fresh challenge the answer must echo.
 *
 * <pre>
 * InqReqData ::= SEQUENCE {
 *    transIDs         TransIDs,
 *    rrpid            RRPID,
 *    chall-C2         Challenge,
 *    inqRqExtensions  [0] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.8 [C] (SETREF {@code inqReqData.transIDs, rrpid, chall_C2}); tag [U].
 */
public final class InqReqData extends ASN1Object {

  private static final String TYPE = "InqReqData";

  private final TransIDs transIds;
  private final byte[] rrpid;
  private final byte[] challC2;
  private final Extensions inqRqExtensions;

  /** Builds InqReqData; {@code inqRqExtensions} may be null. */
  public InqReqData(TransIDs transIds, byte[] rrpid, byte[] challC2, Extensions inqRqExtensions) {
    this.transIds = Check.required("transIDs", transIds);
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.challC2 = Check.requiredOctets("chall-C2", challC2, NONCE_SIZE, NONCE_SIZE);
    this.inqRqExtensions = inqRqExtensions;
  }

  private InqReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    challC2 = f.required("chall-C2", SetTypes.NONCE);
    inqRqExtensions =
        f.optionalImplicit(0, "inqRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes InqReqData. */
  public static InqReqData getInstance(Object obj) {
    return obj instanceof InqReqData v ? v : new InqReqData(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getChallC2() {
    return challC2.clone();
  }

  public Extensions getInqRqExtensions() {
    return inqRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(rrpid))
        .add(Der.octets(challC2))
        .implicit(0, inqRqExtensions)
        .build();
  }
}
