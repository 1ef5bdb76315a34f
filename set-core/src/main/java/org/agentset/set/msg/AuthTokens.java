package org.agentset.set.msg;

import java.time.Instant;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.AuthTokenData;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.crypto.GatewayTokens;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;

/**
 * The gateway's AuthTokens: {@code EncK(k, P, AuthTokenData)} under its own token key (content
 * types {@code setct-AuthTokenTBS}/{@code setct-AuthTokenTBE}), the card and the gateway's notes in
 * {@link AuthTokenOpaque}. A token names the purchase (TransIDs), the cardholder-signed PurchAmt,
 * the merchant, when it was issued, and how much of the purchase is authorised so far
 * (TotalAuthAmount): a later authorisation may ask for the rest and no more.
 */
final class AuthTokens {

  /** A token that opened: the SET data and the gateway's notes. */
  record Opened(AuthTokenData data, AuthTokenOpaque note) {}

  private final PartyContext context;
  private final GatewayTokens tokens;

  AuthTokens(PartyContext context, GatewayTokens tokens) {
    this.context = context;
    this.tokens = tokens;
  }

  /**
   * A token for the purchase of {@code r}, after an authorisation dated {@code authDate} that
   * brought the purchase's authorised total to {@code total}.
   */
  AuthToken seal(
      AuthorisationRequest r, CurrencyAmount total, Instant authDate, CertThumb merchantThumb)
      throws SetCryptoException {
    AuthTokenOpaque note =
        new AuthTokenOpaque(
            context.nonce(),
            merchantThumb,
            r.hod,
            r.transStain,
            new PANToken(r.pan, r.cardExpiry, context.nonce()),
            r.cardholderSerial);
    AuthTokenData data =
        new AuthTokenData(
            r.authTags.getTransIds(),
            r.purchaseAmount,
            r.merchantId,
            null,
            null,
            null,
            authDate,
            total,
            Wire.der(note));
    byte[] sealed =
        tokens.seal(SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE, data);
    return new AuthToken(Wire.contentInfo(sealed));
  }

  /**
   * Opens a token this gateway sealed.
   *
   * @throws SetProtocolException {@code DECRYPTION} for a token that does not open (tampered,
   *     another key), {@code SIGNATURE} for one this gateway did not sign, {@code DECODING} for
   *     content that is not an AuthToken's
   */
  Opened open(AuthToken token) throws SetProtocolException {
    byte[] opened;
    try {
      opened =
          tokens.open(
              Wire.der(token), SetContentTypes.AUTH_TOKEN_TBS, SetContentTypes.AUTH_TOKEN_TBE);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "PI.authToken");
    }
    AuthTokenData data = Wire.decode(opened, AuthTokenData::getInstance, "AuthTokenData");
    byte[] opaque = data.getAuthTokenOpaque();
    if (opaque == null) {
      throw new SetProtocolException(Refusal.DECODING, "AuthTokenData.authTokenOpaque");
    }
    return new Opened(
        data, Wire.decode(opaque, AuthTokenOpaque::getInstance, "AuthTokenData.authTokenOpaque"));
  }
}
