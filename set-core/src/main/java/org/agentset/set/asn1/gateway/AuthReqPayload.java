package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.purchase.InstallRecurData;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What the merchant asks the gateway to authorize. {@code authReqAmt} may differ from the
 * cardholder-signed {@code PIHead.purchAmt} only within the acquirer's policy, which the gateway
 * enforces against PIHead (SET-PROTOCOL.md §5.4).
 *
 * <pre>
 * AuthReqPayload ::= SEQUENCE {
 *    subsequentAuthInd   BOOLEAN DEFAULT FALSE,
 *    authReqAmt          CurrencyAmount,
 *    -- [0] avsData, [1] specialProcessing, [2] cardSuspect: not carried by AgentSET
 *    requestCardTypeInd  BOOLEAN DEFAULT FALSE,
 *    installRecurData    [3] InstallRecurData OPTIONAL,
 *    -- [4] marketSpecAuthData: not carried by AgentSET
 *    merchData           MerchData,
 *    aRqExtensions       [5] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>Fields from Book 2 table 4.6.2.65 (SET-PROTOCOL.md §3.5 [C]); tags [U]. The address
 * verification, special-processing, card-suspect and market-specific fields are left out (their
 * tags are reserved and refused as {@code UNEXPECTED_FIELD}): AgentSET's issuer does not use them.
 */
public final class AuthReqPayload extends ASN1Object {

  private static final String TYPE = "AuthReqPayload";

  private final boolean subsequentAuthInd;
  private final CurrencyAmount authReqAmt;
  private final boolean requestCardTypeInd;
  private final InstallRecurData installRecurData;
  private final MerchData merchData;
  private final Extensions aRqExtensions;

  /** Builds AuthReqPayload; {@code installRecurData} and {@code aRqExtensions} may be null. */
  public AuthReqPayload(
      boolean subsequentAuthInd,
      CurrencyAmount authReqAmt,
      boolean requestCardTypeInd,
      InstallRecurData installRecurData,
      MerchData merchData,
      Extensions aRqExtensions) {
    this.subsequentAuthInd = subsequentAuthInd;
    this.authReqAmt = Check.required("authReqAmt", authReqAmt);
    this.requestCardTypeInd = requestCardTypeInd;
    this.installRecurData = installRecurData;
    this.merchData = Check.required("merchData", merchData);
    this.aRqExtensions = aRqExtensions;
  }

  private AuthReqPayload(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    subsequentAuthInd = f.defaultFalse("subsequentAuthInd");
    authReqAmt = f.required("authReqAmt", CurrencyAmount::getInstance);
    requestCardTypeInd = f.defaultFalse("requestCardTypeInd");
    installRecurData =
        f.optionalImplicit(3, "installRecurData", BERTags.SEQUENCE, InstallRecurData::getInstance);
    merchData = f.required("merchData", MerchData::getInstance);
    aRqExtensions = f.optionalImplicit(5, "aRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes AuthReqPayload. */
  public static AuthReqPayload getInstance(Object obj) {
    return obj instanceof AuthReqPayload v ? v : new AuthReqPayload(Fields.sequence(TYPE, obj));
  }

  /**
   * Whether the merchant will ask for later authorizations of the same purchase (split shipment):
   * an approving gateway then returns an AuthToken for them [U: Book 2's wording not at hand].
   */
  public boolean isSubsequentAuthInd() {
    return subsequentAuthInd;
  }

  public CurrencyAmount getAuthReqAmt() {
    return authReqAmt;
  }

  public boolean isRequestCardTypeInd() {
    return requestCardTypeInd;
  }

  public InstallRecurData getInstallRecurData() {
    return installRecurData;
  }

  public MerchData getMerchData() {
    return merchData;
  }

  public Extensions getARqExtensions() {
    return aRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .defaultFalse(subsequentAuthInd)
        .add(authReqAmt)
        .defaultFalse(requestCardTypeInd)
        .implicit(3, installRecurData)
        .add(merchData)
        .implicit(5, aRqExtensions)
        .build();
  }
}
