package org.agentset.set.asn1.gateway;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The request/response tags of every merchant-gateway exchange: a fresh RRPID (several
 * authorizations can exist for one XID, each with its own), the merchant's identifiers, and the
 * merchant's clock.
 *
 * <pre>
 * RRTags ::= SEQUENCE {
 *    rrpid        RRPID,
 *    merTermIDs   MerTermIDs,
 *    currentDate  Date
 * }
 * </pre>
 *
 * <p>Book 2's RRTags table (SET-PROTOCOL.md §3.5 [C]).
 */
public final class RRTags extends ASN1Object {

  private static final String TYPE = "RRTags";

  private final byte[] rrpid;
  private final MerTermIDs merTermIds;
  private final Instant currentDate;

  /** Builds RRTags. */
  public RRTags(byte[] rrpid, MerTermIDs merTermIds, Instant currentDate) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.merTermIds = Check.required("merTermIDs", merTermIds);
    this.currentDate = Check.required("currentDate", currentDate);
  }

  private RRTags(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    merTermIds = f.required("merTermIDs", MerTermIDs::getInstance);
    currentDate = f.required("currentDate", SetTypes.DATE);
    f.end();
  }

  /** Decodes RRTags. */
  public static RRTags getInstance(Object obj) {
    return obj instanceof RRTags v ? v : new RRTags(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public MerTermIDs getMerTermIds() {
    return merTermIds;
  }

  public Instant getCurrentDate() {
    return currentDate;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.octets(rrpid)).add(merTermIds).add(Der.time(currentDate)).build();
  }
}
