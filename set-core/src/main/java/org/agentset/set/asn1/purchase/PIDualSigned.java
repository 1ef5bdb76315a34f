package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's half of a signed purchase, which the merchant forwards unopened in AuthReq: the
 * dual signature, and PI-OILink extra-encrypted to the gateway with PANData in the key-transport
 * part, so only the gateway reads the card number.
 *
 * <pre>
 * PIDualSigned ::= SEQUENCE {
 *    piSignature  PISignature,
 *    exPIData     EX { P, PI-OILink, PANData }   -- content type setct-PIDualSignedTBE inside
 * }
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs, as published (SET-PROTOCOL.md §3.4 [C]). {@code exPIData} is the EX
 * product of {@code org.agentset.set.crypto} (RSA-OAEP or HPKE per suite), kept opaque here as a
 * ContentInfo of kind {@link ContentKind#ENCRYPTED}.
 */
public final class PIDualSigned extends ASN1Object {

  private static final String TYPE = "PIDualSigned";

  private final PISignature piSignature;
  private final ContentInfo exPIData;

  /** Builds PIDualSigned. */
  public PIDualSigned(PISignature piSignature, ContentInfo exPIData) {
    this.piSignature = Check.required("piSignature", piSignature);
    this.exPIData = ContentKind.ENCRYPTED.check("exPIData", exPIData);
  }

  private PIDualSigned(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    piSignature = f.required("piSignature", PISignature::getInstance);
    exPIData = f.required("exPIData", e -> ContentKind.ENCRYPTED.decode("EX", e));
    f.end();
  }

  /** Decodes PIDualSigned. */
  public static PIDualSigned getInstance(Object obj) {
    return obj instanceof PIDualSigned v ? v : new PIDualSigned(Fields.sequence(TYPE, obj));
  }

  public PISignature getPiSignature() {
    return piSignature;
  }

  /** EX(P, PI-OILink, PANData). */
  public ContentInfo getExPIData() {
    return exPIData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(piSignature).add(ProtectedContent.toDer(exPIData)).build();
  }
}
