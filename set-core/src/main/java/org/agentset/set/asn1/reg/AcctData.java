package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A merchant's or gateway's account identification, the extra-encrypted part of an EncX CertReq
 * when the CA must see it.
 *
 * <pre>
 * AcctData ::= SEQUENCE {
 *    acctIdentification  VisibleString (SIZE(1..64)),
 *    exNonce             Nonce
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (AcctInfo acctData [1] {acctIdentification, exNonce}); bound [U].
 */
public final class AcctData extends ASN1Object {

  private static final String TYPE = "AcctData";

  private final String acctIdentification;
  private final byte[] exNonce;

  /** Builds AcctData; optional fields may be null. */
  public AcctData(String acctIdentification, byte[] exNonce) {
    this.acctIdentification =
        Check.visible(
            "acctIdentification", Check.required("acctIdentification", acctIdentification), 1, 64);
    this.exNonce = Check.requiredOctets("exNonce", exNonce, NONCE_SIZE, NONCE_SIZE);
  }

  private AcctData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    acctIdentification = f.required("acctIdentification", Values.visible(1, 64));
    exNonce = f.required("exNonce", SetTypes.NONCE);
    f.end();
  }

  /** Decodes AcctData. */
  public static AcctData getInstance(Object obj) {
    return obj instanceof AcctData v ? v : new AcctData(Fields.sequence(TYPE, obj));
  }

  public String getAcctIdentification() {
    return acctIdentification;
  }

  public byte[] getExNonce() {
    return exNonce.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.visible(acctIdentification)).add(Der.octets(exNonce)).build();
  }
}
