package org.agentset.set.asn1.gateway;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.math.BigInteger;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The result of one CredItem.
 *
 * <pre>
 * CredResItem ::= SEQUENCE {
 *    transIDs       TransIDs,
 *    capRRPID       RRPID,
 *    credCode       CredCode,
 *    credActualAmt  CurrencyAmount,
 *    batchID        [0] INTEGER (0..MAX) OPTIONAL
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §3.7.
 */
public final class CredResItem extends ASN1Object {

  private static final String TYPE = "CredResItem";

  private final TransIDs transIds;
  private final byte[] capRrpid;
  private final CredCode credCode;
  private final CurrencyAmount credActualAmt;
  private final BigInteger batchId;

  /** Builds a CredResItem; {@code batchId} may be null. */
  public CredResItem(
      TransIDs transIds,
      byte[] capRrpid,
      CredCode credCode,
      CurrencyAmount credActualAmt,
      BigInteger batchId) {
    this.transIds = Check.required("transIDs", transIds);
    this.capRrpid = Check.requiredOctets("capRRPID", capRrpid, NONCE_SIZE, NONCE_SIZE);
    this.credCode = Check.required("credCode", credCode);
    this.credActualAmt = Check.required("credActualAmt", credActualAmt);
    this.batchId = Check.nonNegative("batchID", batchId);
  }

  private CredResItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    capRrpid = f.required("capRRPID", SetTypes.NONCE);
    credCode = f.required("credCode", Values.enumerated(CredCode.class));
    credActualAmt = f.required("credActualAmt", CurrencyAmount::getInstance);
    batchId =
        f.optionalImplicit(0, "batchID", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    f.end();
  }

  /** Decodes a CredResItem. */
  public static CredResItem getInstance(Object obj) {
    return obj instanceof CredResItem v ? v : new CredResItem(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getCapRrpid() {
    return capRrpid.clone();
  }

  public CredCode getCredCode() {
    return credCode;
  }

  public CurrencyAmount getCredActualAmt() {
    return credActualAmt;
  }

  public BigInteger getBatchId() {
    return batchId;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(capRrpid))
        .add(Der.enumerated(credCode))
        .add(credActualAmt)
        .implicit(0, Der.integer(batchId))
        .build();
  }
}
