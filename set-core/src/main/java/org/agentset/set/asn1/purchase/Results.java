package org.agentset.set.asn1.purchase;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.gateway.AcqCardMsg;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The detail behind a CompletionCode, and the acquirer's message to the cardholder relayed by the
 * merchant.
 *
 * <pre>
 * Results ::= SEQUENCE {
 *    acqCardMsg     [0] EXPLICIT AcqCardMsg OPTIONAL,
 *    authStatus     [1] AuthStatus OPTIONAL,
 *    capStatus      [2] CapStatus OPTIONAL,
 *    credStatusSeq  [3] SEQUENCE SIZE(1..MAX) OF CreditStatus OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.6 [U] ({@code Results{[AcqCardMsg], [AuthStatus], [CapStatus],
 * [CredStatusSeq]}}); tags [U].
 */
public final class Results extends ASN1Object {

  private static final String TYPE = "Results";

  private final AcqCardMsg acqCardMsg;
  private final AuthStatus authStatus;
  private final CapStatus capStatus;
  private final List<CreditStatus> credStatusSeq;

  /** Builds Results; every field may be null. */
  public Results(
      AcqCardMsg acqCardMsg,
      AuthStatus authStatus,
      CapStatus capStatus,
      List<CreditStatus> credStatusSeq) {
    this.acqCardMsg = acqCardMsg;
    this.authStatus = authStatus;
    this.capStatus = capStatus;
    this.credStatusSeq = Check.list("credStatusSeq", credStatusSeq, 1, 256);
  }

  private Results(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    acqCardMsg = f.optionalExplicit(0, "acqCardMsg", AcqCardMsg::getInstance);
    authStatus = f.optionalImplicit(1, "authStatus", BERTags.SEQUENCE, AuthStatus::getInstance);
    capStatus = f.optionalImplicit(2, "capStatus", BERTags.SEQUENCE, CapStatus::getInstance);
    credStatusSeq =
        f.optionalImplicit(
            3,
            "credStatusSeq",
            BERTags.SEQUENCE,
            Values.sequenceOf(CreditStatus::getInstance, 1, 256));
    f.end();
  }

  /** Decodes Results. */
  public static Results getInstance(Object obj) {
    return obj instanceof Results v ? v : new Results(Fields.sequence(TYPE, obj));
  }

  public AcqCardMsg getAcqCardMsg() {
    return acqCardMsg;
  }

  public AuthStatus getAuthStatus() {
    return authStatus;
  }

  public CapStatus getCapStatus() {
    return capStatus;
  }

  public List<CreditStatus> getCredStatusSeq() {
    return credStatusSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .explicit(0, acqCardMsg)
        .implicit(1, authStatus)
        .implicit(2, capStatus)
        .implicit(3, DerSeq.sequenceOf(credStatusSeq))
        .build();
  }
}
