package org.agentset.set.msg;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.SetString;

/**
 * An AuthReq the gateway verified completely, reduced to what the issuer needs for its decision
 * (ISO 8583: PAN, expiry, amount, merchant, XID and TransStain, certificate serials), plus what the
 * gateway needs to answer. The caller feeds it to the bank and passes the {@link BankDecision} to
 * {@link GatewayAuthorisation#authorisationResponse}. {@link #toString()} shows no card data.
 */
public final class AuthorisationRequest {

  /** What stood in the AuthReq as the payment instruction. */
  public enum Source {
    /** The cardholder's dual-signed PI. */
    DUAL_SIGNED,
    /** An unsigned PI (cardholder without a certificate), accepted by the gateway's policy. */
    UNSIGNED,
    /** The gateway's own AuthToken from an earlier authorisation of the purchase. */
    AUTH_TOKEN
  }

  final Source source;
  final AuthTags authTags;
  final String pan;
  final String cardExpiry;
  final CurrencyAmount amount;
  final CurrencyAmount purchaseAmount;
  final DetachedDigest hod;
  final byte[] transStain;
  final SetString merchantId;
  final X509Certificate merchantSignature;
  final X509Certificate merchantKeyExchange;
  final X509Certificate cardholder;
  final boolean captureNow;
  final CurrencyAmount authorisedBefore;
  final boolean authTokenRequested;
  final BigInteger cardholderSerial;

  AuthorisationRequest(
      Source source,
      AuthTags authTags,
      String pan,
      String cardExpiry,
      CurrencyAmount amount,
      CurrencyAmount purchaseAmount,
      DetachedDigest hod,
      byte[] transStain,
      SetString merchantId,
      X509Certificate merchantSignature,
      X509Certificate merchantKeyExchange,
      X509Certificate cardholder,
      boolean captureNow,
      CurrencyAmount authorisedBefore,
      boolean authTokenRequested,
      BigInteger cardholderSerial) {
    this.source = source;
    this.authTags = authTags;
    this.pan = pan;
    this.cardExpiry = cardExpiry;
    this.amount = amount;
    this.purchaseAmount = purchaseAmount;
    this.hod = hod;
    this.transStain = transStain;
    this.merchantId = merchantId;
    this.merchantSignature = merchantSignature;
    this.merchantKeyExchange = merchantKeyExchange;
    this.cardholder = cardholder;
    this.captureNow = captureNow;
    this.authorisedBefore = authorisedBefore;
    this.authTokenRequested = authTokenRequested;
    this.cardholderSerial = cardholderSerial;
  }

  /** Whether a dual-signed PI, an unsigned PI or an AuthToken carried the card. */
  public Source source() {
    return source;
  }

  /**
   * What earlier authorisations of this purchase already took (an AuthToken's TotalAuthAmount);
   * zero for a first authorisation.
   */
  public CurrencyAmount authorisedBefore() {
    return authorisedBefore;
  }

  /** Whether the merchant asked for an AuthToken for later authorisations (SubsequentAuthInd). */
  public boolean authTokenRequested() {
    return authTokenRequested;
  }

  /** The card number, for the issuer only. */
  public String pan() {
    return pan;
  }

  /** The card's expiry. */
  public YearMonth cardExpiry() {
    String e = cardExpiry;
    return YearMonth.of(Integer.parseInt(e.substring(0, 4)), Integer.parseInt(e.substring(4)));
  }

  /** The amount to authorize (AuthReqAmt, checked against the cardholder-signed PurchAmt). */
  public CurrencyAmount amount() {
    return amount;
  }

  /** The purchase's XID. */
  public byte[] xid() {
    return authTags.getTransIds().getXid();
  }

  /** The authorization's RRPID. */
  public byte[] authRrpid() {
    return authTags.getAuthRrTags().getRrpid();
  }

  /** TransStain = HMAC(XID, CardSecret), for the issuer to verify. */
  public byte[] transStain() {
    return transStain.clone();
  }

  /** The merchant's ID, as its certificate and the cardholder agree. */
  public SetString merchantId() {
    return merchantId;
  }

  /**
   * The cardholder's certificate (its serial goes to the issuer); null for an unsigned PI and for
   * an AuthToken.
   */
  public X509Certificate cardholderCertificate() {
    return cardholder;
  }

  /**
   * The serial number of the cardholder certificate whose CardSecret keyed the TransStain (the
   * issuer verifies the TransStain with the CardSecret the CA handed it for this certificate): the
   * PI's signer, or for an AuthToken the signer of the purchase's first PI; null for an unsigned
   * PI.
   */
  public BigInteger cardholderSerial() {
    return cardholderSerial;
  }

  /** The merchant's signature certificate. */
  public X509Certificate merchantCertificate() {
    return merchantSignature;
  }

  /** Whether the merchant asked for capture with the authorization. */
  public boolean captureNow() {
    return captureNow;
  }

  @Override
  public String toString() {
    return "AuthorisationRequest[merchant " + merchantId + ", card redacted]";
  }
}
