package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What an end entity signs to poll for a pending certificate.
 *
 * <pre>
 * CertInqReqTBS ::= SEQUENCE {
 *    rrpid      RRPID,
 *    lid-EE     LocalID,
 *    chall-EE3  Challenge,
 *    lid-CA     LocalID
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (SETREF CertInqReq). Content type setct-CertInqReqTBS.
 */
public final class CertInqReqTBS extends ASN1Object {

  private static final String TYPE = "CertInqReqTBS";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe3;
  private final byte[] lidCa;

  /** Builds CertInqReqTBS; optional fields may be null. */
  public CertInqReqTBS(byte[] rrpid, byte[] lidEe, byte[] challEe3, byte[] lidCa) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe3 = Check.requiredOctets("chall-EE3", challEe3, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.requiredOctets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
  }

  private CertInqReqTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe3 = f.required("chall-EE3", SetTypes.NONCE);
    lidCa = f.required("lid-CA", SetTypes.LOCAL_ID);
    f.end();
  }

  /** Decodes CertInqReqTBS. */
  public static CertInqReqTBS getInstance(Object obj) {
    return obj instanceof CertInqReqTBS v ? v : new CertInqReqTBS(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe3() {
    return challEe3.clone();
  }

  public byte[] getLidCa() {
    return lidCa.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(rrpid))
        .add(Der.octets(lidEe))
        .add(Der.octets(challEe3))
        .add(Der.octets(lidCa))
        .build();
  }
}
