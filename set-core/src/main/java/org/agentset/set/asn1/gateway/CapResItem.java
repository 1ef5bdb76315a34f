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
 * The result for one CapItem.
 *
 * <pre>
 * CapResItem ::= SEQUENCE {
 *    transIDs       TransIDs,
 *    authRRPID      RRPID,
 *    capResPayload  CapResPayload
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 ("one result item per CapItem" [U]).
 */
public final class CapResItem extends ASN1Object {

  private static final String TYPE = "CapResItem";

  private final TransIDs transIds;
  private final byte[] authRrpid;
  private final CapResPayload capResPayload;

  /** Builds a CapResItem. */
  public CapResItem(TransIDs transIds, byte[] authRrpid, CapResPayload capResPayload) {
    this.transIds = Check.required("transIDs", transIds);
    this.authRrpid = Check.requiredOctets("authRRPID", authRrpid, NONCE_SIZE, NONCE_SIZE);
    this.capResPayload = Check.required("capResPayload", capResPayload);
  }

  private CapResItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    authRrpid = f.required("authRRPID", SetTypes.NONCE);
    capResPayload = f.required("capResPayload", CapResPayload::getInstance);
    f.end();
  }

  /** Decodes a CapResItem. */
  public static CapResItem getInstance(Object obj) {
    return obj instanceof CapResItem v ? v : new CapResItem(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getAuthRrpid() {
    return authRrpid.clone();
  }

  public CapResPayload getCapResPayload() {
    return capResPayload;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(transIds).add(Der.octets(authRrpid)).add(capResPayload).build();
  }
}
