package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * Instead of a form: why the CA cannot register the end entity and where to go instead.
 *
 * <pre>
 * ReferralData ::= SEQUENCE {
 *    reason          [0] SETString { 512 } OPTIONAL,   -- CHOICE, hence explicit
 *    referralURLSeq  [1] SEQUENCE SIZE(1..8) OF URL OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] (referralData [1]); fields [U]. AgentSET carries the reason only;
 * referral URLs are not used.
 */
public final class ReferralData extends ASN1Object {

  private static final String TYPE = "ReferralData";

  private final SetString reason;

  /** Builds ReferralData; optional fields may be null. */
  public ReferralData(SetString reason) {
    this.reason = reason;
  }

  private ReferralData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    reason = f.optionalExplicit(0, "reason", SetString.decoder(512));
    f.end();
  }

  /** Decodes ReferralData. */
  public static ReferralData getInstance(Object obj) {
    return obj instanceof ReferralData v ? v : new ReferralData(Fields.sequence(TYPE, obj));
  }

  public SetString getReason() {
    return reason;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().explicit(0, reason).build();
  }
}
