package org.agentset.set.asn1.gateway;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.InstallRecurData;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the gateway copies from the cardholder's PIHead into an AuthToken, so a later authorization
 * stays within what the cardholder signed: the purchase, its amount, the merchant, the recurring
 * terms, and the running total authorized so far.
 *
 * <pre>
 * AuthTokenData ::= SEQUENCE {
 *    transIDs          TransIDs,
 *    purchAmt          CurrencyAmount,
 *    merchantID        MerchantID,
 *    acqBackKeyData    [0] EXPLICIT BackKeyData OPTIONAL,
 *    installRecurData  [1] InstallRecurData OPTIONAL,
 *    recurringCount    [2] INTEGER (1..MAX) OPTIONAL,
 *    prevAuthDateTime  Date,
 *    totalAuthAmount   CurrencyAmount,
 *    authTokenOpaque   [3] OCTET STRING (SIZE(1..1024)) OPTIONAL
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.42 (SET-PROTOCOL.md §3.5 [C]); tags [U]. Content type {@code
 * setct-AuthTokenTBS} when signed.
 */
public final class AuthTokenData extends ASN1Object {

  private static final String TYPE = "AuthTokenData";

  private final TransIDs transIds;
  private final CurrencyAmount purchAmt;
  private final SetString merchantId;
  private final BackKeyData acqBackKeyData;
  private final InstallRecurData installRecurData;
  private final Long recurringCount;
  private final Instant prevAuthDateTime;
  private final CurrencyAmount totalAuthAmount;
  private final byte[] authTokenOpaque;

  /** Builds AuthTokenData; the optional fields may be null. */
  public AuthTokenData(
      TransIDs transIds,
      CurrencyAmount purchAmt,
      SetString merchantId,
      BackKeyData acqBackKeyData,
      InstallRecurData installRecurData,
      Long recurringCount,
      Instant prevAuthDateTime,
      CurrencyAmount totalAuthAmount,
      byte[] authTokenOpaque) {
    this.transIds = Check.required("transIDs", transIds);
    this.purchAmt = Check.required("purchAmt", purchAmt);
    this.merchantId = Check.required("merchantID", merchantId);
    this.acqBackKeyData = acqBackKeyData;
    this.installRecurData = installRecurData;
    this.recurringCount =
        recurringCount == null
            ? null
            : Check.range("recurringCount", recurringCount, 1, Long.MAX_VALUE);
    this.prevAuthDateTime = Check.required("prevAuthDateTime", prevAuthDateTime);
    this.totalAuthAmount = Check.required("totalAuthAmount", totalAuthAmount);
    this.authTokenOpaque = Check.octets("authTokenOpaque", authTokenOpaque, 1, 1024);
  }

  private AuthTokenData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    purchAmt = f.required("purchAmt", CurrencyAmount::getInstance);
    merchantId = f.required("merchantID", SetString.decoder(PIHead.MERCHANT_ID_MAX));
    acqBackKeyData = f.optionalExplicit(0, "acqBackKeyData", BackKeyData::getInstance);
    installRecurData =
        f.optionalImplicit(1, "installRecurData", BERTags.SEQUENCE, InstallRecurData::getInstance);
    recurringCount =
        f.optionalImplicit(
            2, "recurringCount", BERTags.INTEGER, Values.longValue(1, Long.MAX_VALUE));
    prevAuthDateTime = f.required("prevAuthDateTime", SetTypes.DATE);
    totalAuthAmount = f.required("totalAuthAmount", CurrencyAmount::getInstance);
    authTokenOpaque =
        f.optionalImplicit(3, "authTokenOpaque", BERTags.OCTET_STRING, Values.octets(1, 1024));
    f.end();
  }

  /** Decodes AuthTokenData. */
  public static AuthTokenData getInstance(Object obj) {
    return obj instanceof AuthTokenData v ? v : new AuthTokenData(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public CurrencyAmount getPurchAmt() {
    return purchAmt;
  }

  public SetString getMerchantId() {
    return merchantId;
  }

  public BackKeyData getAcqBackKeyData() {
    return acqBackKeyData;
  }

  public InstallRecurData getInstallRecurData() {
    return installRecurData;
  }

  public Long getRecurringCount() {
    return recurringCount;
  }

  public Instant getPrevAuthDateTime() {
    return prevAuthDateTime;
  }

  public CurrencyAmount getTotalAuthAmount() {
    return totalAuthAmount;
  }

  public byte[] getAuthTokenOpaque() {
    return authTokenOpaque == null ? null : authTokenOpaque.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(purchAmt)
        .add(merchantId)
        .explicit(0, acqBackKeyData)
        .implicit(1, installRecurData)
        .implicit(2, Der.integer(recurringCount))
        .add(Der.time(prevAuthDateTime))
        .add(totalAuthAmount)
        .implicit(3, Der.octets(authTokenOpaque))
        .build();
  }
}
