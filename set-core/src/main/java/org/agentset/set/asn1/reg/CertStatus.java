package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The outcome of a certificate request: the code, the CA's half of PANSecret (NonceCCA) for a
 * cardholder, messages, and the refused form items.
 *
 * <pre>
 * CertStatus ::= SEQUENCE {
 *    certStatusCode  CertStatusCode,
 *    nonceCCA        [0] Nonce OPTIONAL,
 *    eeMessage       [1] SETString { 512 } OPTIONAL,       -- CHOICE, hence explicit
 *    caMsg           [2] CAMsg OPTIONAL,
 *    failedItemSeq   [3] SEQUENCE SIZE(1..64) OF FailedItem OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] ({CertStatusCode, [NonceCCA], [EEMessage], [CAMsg],
 * [FailedItemSeq]}); tags [U].
 */
public final class CertStatus extends ASN1Object {

  private static final String TYPE = "CertStatus";

  private final CertStatusCode certStatusCode;
  private final byte[] nonceCca;
  private final SetString eeMessage;
  private final CAMsg caMsg;
  private final List<FailedItem> failedItemSeq;

  /** Builds CertStatus; optional fields may be null. */
  public CertStatus(
      CertStatusCode certStatusCode,
      byte[] nonceCca,
      SetString eeMessage,
      CAMsg caMsg,
      List<FailedItem> failedItemSeq) {
    this.certStatusCode = Check.required("certStatusCode", certStatusCode);
    this.nonceCca = Check.octets("nonceCCA", nonceCca, NONCE_SIZE, NONCE_SIZE);
    this.eeMessage = eeMessage;
    this.caMsg = caMsg;
    this.failedItemSeq = Check.list("failedItemSeq", failedItemSeq, 1, 64);
  }

  private CertStatus(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    certStatusCode = f.required("certStatusCode", Values.enumerated(CertStatusCode.class));
    nonceCca = f.optionalImplicit(0, "nonceCCA", BERTags.OCTET_STRING, SetTypes.NONCE);
    eeMessage = f.optionalExplicit(1, "eeMessage", SetString.decoder(512));
    caMsg = f.optionalImplicit(2, "caMsg", BERTags.SEQUENCE, CAMsg::getInstance);
    failedItemSeq =
        f.optionalImplicit(
            3,
            "failedItemSeq",
            BERTags.SEQUENCE,
            Values.sequenceOf(FailedItem::getInstance, 1, 64));
    f.end();
  }

  /** Decodes CertStatus. */
  public static CertStatus getInstance(Object obj) {
    return obj instanceof CertStatus v ? v : new CertStatus(Fields.sequence(TYPE, obj));
  }

  public CertStatusCode getCertStatusCode() {
    return certStatusCode;
  }

  public byte[] getNonceCca() {
    return nonceCca == null ? null : nonceCca.clone();
  }

  public SetString getEeMessage() {
    return eeMessage;
  }

  public CAMsg getCaMsg() {
    return caMsg;
  }

  public List<FailedItem> getFailedItemSeq() {
    return failedItemSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(certStatusCode))
        .implicit(0, Der.octets(nonceCca))
        .explicit(1, eeMessage)
        .implicit(2, caMsg)
        .implicit(3, DerSeq.sequenceOf(failedItemSeq))
        .build();
  }
}
