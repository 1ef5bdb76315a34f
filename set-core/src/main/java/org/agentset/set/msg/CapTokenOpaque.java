package org.agentset.set.msg;

import java.time.Instant;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What AgentSET's gateway writes into a CapToken's {@code tokenOpaque} (its note to itself, sealed
 * with its own token key, SET-PROTOCOL.md §3.5): which purchase, for which merchant, when. At
 * capture the gateway refuses a token presented for another XID or by another merchant, or past its
 * capture window.
 *
 * <pre>
 * CapTokenOpaque ::= SEQUENCE {
 *    xid            XID,
 *    merchantThumb  CertThumb,   -- signature certificate of the authorized merchant
 *    authDate       Date
 * }
 * </pre>
 */
public final class CapTokenOpaque extends ASN1Object {

  private static final String TYPE = "CapTokenOpaque";

  private final byte[] xid;
  private final CertThumb merchantThumb;
  private final Instant authDate;

  /** Builds the note. */
  public CapTokenOpaque(byte[] xid, CertThumb merchantThumb, Instant authDate) {
    this.xid = xid.clone();
    this.merchantThumb = merchantThumb;
    this.authDate = authDate;
  }

  private CapTokenOpaque(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    xid = f.required("xid", SetTypes.NONCE);
    merchantThumb = f.required("merchantThumb", CertThumb::getInstance);
    authDate = f.required("authDate", SetTypes.DATE);
    f.end();
  }

  /** Decodes the note. */
  public static CapTokenOpaque getInstance(Object obj) {
    return obj instanceof CapTokenOpaque v ? v : new CapTokenOpaque(Fields.sequence(TYPE, obj));
  }

  public byte[] getXid() {
    return xid.clone();
  }

  public CertThumb getMerchantThumb() {
    return merchantThumb;
  }

  public Instant getAuthDate() {
    return authDate;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.octets(xid)).add(merchantThumb).add(Der.time(authDate)).build();
  }
}
