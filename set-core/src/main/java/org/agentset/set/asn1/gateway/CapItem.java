package org.agentset.set.asn1.gateway;

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

/**
 * One capture in a (possibly batched) CapReq: which purchase, which authorization, what to capture.
 *
 * <pre>
 * CapItem ::= SEQUENCE {
 *    transIDs    TransIDs,
 *    authRRPID   RRPID,
 *    capPayload  CapPayload
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 [P] (SETREF {@code capItem.transIDs}, {@code capItem.authRRPID} [C]).
 */
public final class CapItem extends ASN1Object {

  private static final String TYPE = "CapItem";

  private final TransIDs transIds;
  private final byte[] authRrpid;
  private final CapPayload capPayload;

  /** Builds a CapItem. */
  public CapItem(TransIDs transIds, byte[] authRrpid, CapPayload capPayload) {
    this.transIds = Check.required("transIDs", transIds);
    this.authRrpid = Check.requiredOctets("authRRPID", authRrpid, NONCE_SIZE, NONCE_SIZE);
    this.capPayload = Check.required("capPayload", capPayload);
  }

  private CapItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    authRrpid = f.required("authRRPID", SetTypes.NONCE);
    capPayload = f.required("capPayload", CapPayload::getInstance);
    f.end();
  }

  /** Decodes a CapItem. */
  public static CapItem getInstance(Object obj) {
    return obj instanceof CapItem v ? v : new CapItem(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getAuthRrpid() {
    return authRrpid.clone();
  }

  public CapPayload getCapPayload() {
    return capPayload;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(transIds).add(Der.octets(authRrpid)).add(capPayload).build();
  }
}
