package org.agentset.set.asn1.sai;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The customer agent's request to the wallet to pay (Step I of DESIGN §3): which mandate and slot,
 * the slot's sealed token, and the merchant's signed SET initiation. It travels signed by the
 * agent's communication key (CMS SignedData of content type {@link
 * SaiObjectIdentifiers#PAYMENT_START}, signed attributes signingTime and {@link
 * SaiObjectIdentifiers#SAI_NONCE}) inside a CMS AuthEnvelopedData to the wallet's communication
 * certificate; see {@code org.agentset.set.sai.PaymentStarts}.
 *
 * <pre>
 * PaymentStart ::= SEQUENCE {
 *    version      INTEGER { v1(1) },
 *    mandateId    OCTET STRING (SIZE(16)),
 *    slot         INTEGER (1..16),
 *    sealedToken  SealedToken,
 *    setEndpoint  VisibleString (SIZE(1..512)),  -- the merchant's SET endpoint
 *    initiation   ContentInfo                    -- the merchant-signed SetInitiation, unchanged
 * }
 * </pre>
 */
public final class PaymentStart extends ASN1Object {

  private static final String TYPE = "PaymentStart";

  /** The only version. */
  public static final int V1 = 1;

  private final byte[] mandateId;
  private final int slot;
  private final SealedToken sealedToken;
  private final String setEndpoint;
  private final ContentInfo initiation;

  public PaymentStart(
      byte[] mandateId,
      int slot,
      SealedToken sealedToken,
      String setEndpoint,
      ContentInfo initiation) {
    this.mandateId =
        Check.requiredOctets(
            "mandateId", mandateId, MandateTerms.ID_LENGTH, MandateTerms.ID_LENGTH);
    this.slot = (int) Check.range("slot", slot, 1, MandateTerms.MAX_ITEMS);
    this.sealedToken = Check.required("sealedToken", sealedToken);
    this.setEndpoint =
        Check.visible("setEndpoint", Check.required("setEndpoint", setEndpoint), 1, 512);
    this.initiation = Check.required("initiation", initiation);
  }

  private PaymentStart(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    f.required("version", Values.intValue(V1, V1));
    mandateId =
        f.required("mandateId", Values.octets(MandateTerms.ID_LENGTH, MandateTerms.ID_LENGTH));
    slot = f.required("slot", Values.intValue(1, MandateTerms.MAX_ITEMS));
    sealedToken = f.required("sealedToken", SealedToken::getInstance);
    setEndpoint = f.required("setEndpoint", Values.visible(1, 512));
    initiation = f.required("initiation", ContentInfo::getInstance);
    f.end();
  }

  /** Decodes a PaymentStart. */
  public static PaymentStart getInstance(Object obj) {
    return obj instanceof PaymentStart v ? v : new PaymentStart(Fields.sequence(TYPE, obj));
  }

  public byte[] getMandateId() {
    return mandateId.clone();
  }

  public int getSlot() {
    return slot;
  }

  public SealedToken getSealedToken() {
    return sealedToken;
  }

  /** The merchant's SET endpoint; must equal the initiation's. */
  public String getSetEndpoint() {
    return setEndpoint;
  }

  /** The merchant-signed SetInitiation (verify with {@code SetInitiations}). */
  public ContentInfo getInitiation() {
    return initiation;
  }

  /** The DER of {@link #getInitiation()}. */
  public byte[] getInitiationEncoded() {
    return Der.encode(initiation);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) V1))
        .add(Der.octets(mandateId))
        .add(Der.integer((long) slot))
        .add(sealedToken)
        .add(Der.visible(setEndpoint))
        .add(initiation)
        .build();
  }
}
