package org.agentset.set.asn1.gateway;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

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

/**
 * What the gateway remembers about an authorization inside its CapToken: the authorization's RRPID
 * (capture may not reuse it), the authorized amount (capture may not exceed it), and the gateway's
 * own state.
 *
 * <pre>
 * CapTokenData ::= SEQUENCE {
 *    authRRPID    RRPID,
 *    authAmt      CurrencyAmount,
 *    tokenOpaque  OCTET STRING (SIZE(1..1024))   -- gateway-private, e.g. DER of its own record
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.44 (SET-PROTOCOL.md §3.5 [C]); SET's {@code TokenOpaque} is an open type,
 * fixed here to an OCTET STRING. Content type {@code setct-CapTokenData}.
 */
public final class CapTokenData extends ASN1Object {

  private static final String TYPE = "CapTokenData";

  private final byte[] authRrpid;
  private final CurrencyAmount authAmt;
  private final byte[] tokenOpaque;

  /** Builds CapTokenData. */
  public CapTokenData(byte[] authRrpid, CurrencyAmount authAmt, byte[] tokenOpaque) {
    this.authRrpid = Check.requiredOctets("authRRPID", authRrpid, NONCE_SIZE, NONCE_SIZE);
    this.authAmt = Check.required("authAmt", authAmt);
    this.tokenOpaque = Check.requiredOctets("tokenOpaque", tokenOpaque, 1, 1024);
  }

  private CapTokenData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authRrpid = f.required("authRRPID", SetTypes.NONCE);
    authAmt = f.required("authAmt", CurrencyAmount::getInstance);
    tokenOpaque = f.required("tokenOpaque", Values.octets(1, 1024));
    f.end();
  }

  /** Decodes CapTokenData. */
  public static CapTokenData getInstance(Object obj) {
    return obj instanceof CapTokenData v ? v : new CapTokenData(Fields.sequence(TYPE, obj));
  }

  public byte[] getAuthRrpid() {
    return authRrpid.clone();
  }

  public CurrencyAmount getAuthAmt() {
    return authAmt;
  }

  public byte[] getTokenOpaque() {
    return tokenOpaque.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.octets(authRrpid)).add(authAmt).add(Der.octets(tokenOpaque)).build();
  }
}
