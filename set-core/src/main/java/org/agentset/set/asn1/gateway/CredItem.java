package org.agentset.set.asn1.gateway;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * One credit (refund) against a captured purchase.
 *
 * <pre>
 * CredItem ::= SEQUENCE {
 *    transIDs    TransIDs,
 *    capRRPID    RRPID,          -- the capture being credited
 *    credDate    Date,
 *    credReqAmt  CurrencyAmount
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §3.7 names CredReq/CredRes without field lists.
 */
public final class CredItem extends ASN1Object {

  private static final String TYPE = "CredItem";

  private final TransIDs transIds;
  private final byte[] capRrpid;
  private final Instant credDate;
  private final CurrencyAmount credReqAmt;

  /** Builds a CredItem. */
  public CredItem(TransIDs transIds, byte[] capRrpid, Instant credDate, CurrencyAmount credReqAmt) {
    this.transIds = Check.required("transIDs", transIds);
    this.capRrpid = Check.requiredOctets("capRRPID", capRrpid, NONCE_SIZE, NONCE_SIZE);
    this.credDate = Check.required("credDate", credDate);
    this.credReqAmt = Check.required("credReqAmt", credReqAmt);
  }

  private CredItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    capRrpid = f.required("capRRPID", SetTypes.NONCE);
    credDate = f.required("credDate", SetTypes.DATE);
    credReqAmt = f.required("credReqAmt", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes a CredItem. */
  public static CredItem getInstance(Object obj) {
    return obj instanceof CredItem v ? v : new CredItem(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getCapRrpid() {
    return capRrpid.clone();
  }

  public Instant getCredDate() {
    return credDate;
  }

  public CurrencyAmount getCredReqAmt() {
    return credReqAmt;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(capRrpid))
        .add(Der.time(credDate))
        .add(credReqAmt)
        .build();
  }
}
