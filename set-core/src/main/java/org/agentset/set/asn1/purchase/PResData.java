package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the merchant signs in PRes and InqRes: the transaction, the echoed cardholder challenge
 * (chall-C of the PReq, or chall-C2 of the InqReq), and the state of the order.
 *
 * <pre>
 * PResData ::= SEQUENCE {
 *    transIDs            TransIDs,
 *    rrpid               RRPID,
 *    chall-C             Challenge,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    pResPayloadSeq      SEQUENCE SIZE(1..MAX) OF PResPayload
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.6 [U] for the structure; {@code setct-PResData} [C].
 */
public final class PResData extends ASN1Object {

  private static final String TYPE = "PResData";

  private final TransIDs transIds;
  private final byte[] rrpid;
  private final byte[] challC;
  private final ASN1Sequence brandCrlIdentifier;
  private final List<PResPayload> pResPayloadSeq;

  /** Builds PResData; {@code brandCrlIdentifier} may be null. */
  public PResData(
      TransIDs transIds,
      byte[] rrpid,
      byte[] challC,
      ASN1Sequence brandCrlIdentifier,
      List<PResPayload> pResPayloadSeq) {
    this.transIds = Check.required("transIDs", transIds);
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.challC = Check.requiredOctets("chall-C", challC, NONCE_SIZE, NONCE_SIZE);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.pResPayloadSeq =
        Check.list("pResPayloadSeq", Check.required("pResPayloadSeq", pResPayloadSeq), 1, 256);
  }

  private PResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    challC = f.required("chall-C", SetTypes.NONCE);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    pResPayloadSeq =
        f.required("pResPayloadSeq", Values.sequenceOf(PResPayload::getInstance, 1, 256));
    f.end();
  }

  /** Decodes PResData. */
  public static PResData getInstance(Object obj) {
    return obj instanceof PResData v ? v : new PResData(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getChallC() {
    return challC.clone();
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public List<PResPayload> getPResPayloadSeq() {
    return pResPayloadSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(rrpid))
        .add(Der.octets(challC))
        .explicit(0, brandCrlIdentifier)
        .add(DerSeq.sequenceOf(pResPayloadSeq))
        .build();
  }
}
