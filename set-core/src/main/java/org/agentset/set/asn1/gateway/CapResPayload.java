package org.agentset.set.asn1.gateway;

import java.math.BigInteger;
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
 * The result of one capture: in CapRes per item, and in AuthRes when the merchant asked to capture
 * at once.
 *
 * <pre>
 * CapResPayload ::= SEQUENCE {
 *    capCode           CapCode,
 *    capAmt            CurrencyAmount,
 *    capDate           Date,
 *    batchID           [0] INTEGER (0..MAX) OPTIONAL,
 *    batchSequenceNum  [1] INTEGER (0..MAX) OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 ("capture code, captured amount, batch ID and sequence" [U]).
 */
public final class CapResPayload extends ASN1Object {

  private static final String TYPE = "CapResPayload";

  private final CapCode capCode;
  private final CurrencyAmount capAmt;
  private final Instant capDate;
  private final BigInteger batchId;
  private final BigInteger batchSequenceNum;

  /** Builds a CapResPayload; batch fields may be null. */
  public CapResPayload(
      CapCode capCode,
      CurrencyAmount capAmt,
      Instant capDate,
      BigInteger batchId,
      BigInteger batchSequenceNum) {
    this.capCode = Check.required("capCode", capCode);
    this.capAmt = Check.required("capAmt", capAmt);
    this.capDate = Check.required("capDate", capDate);
    this.batchId = Check.nonNegative("batchID", batchId);
    this.batchSequenceNum = Check.nonNegative("batchSequenceNum", batchSequenceNum);
  }

  private CapResPayload(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capCode = f.required("capCode", Values.enumerated(CapCode.class));
    capAmt = f.required("capAmt", CurrencyAmount::getInstance);
    capDate = f.required("capDate", SetTypes.DATE);
    batchId =
        f.optionalImplicit(0, "batchID", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    batchSequenceNum =
        f.optionalImplicit(
            1, "batchSequenceNum", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    f.end();
  }

  /** Decodes a CapResPayload. */
  public static CapResPayload getInstance(Object obj) {
    return obj instanceof CapResPayload v ? v : new CapResPayload(Fields.sequence(TYPE, obj));
  }

  public CapCode getCapCode() {
    return capCode;
  }

  public CurrencyAmount getCapAmt() {
    return capAmt;
  }

  public Instant getCapDate() {
    return capDate;
  }

  public BigInteger getBatchId() {
    return batchId;
  }

  public BigInteger getBatchSequenceNum() {
    return batchSequenceNum;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(capCode))
        .add(capAmt)
        .add(Der.time(capDate))
        .implicit(0, Der.integer(batchId))
        .implicit(1, Der.integer(batchSequenceNum))
        .build();
  }
}
