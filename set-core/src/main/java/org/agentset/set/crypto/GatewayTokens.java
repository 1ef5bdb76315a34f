package org.agentset.set.crypto;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The gateway's self-addressed tokens (CapToken, AuthToken): SET has the gateway sign and encrypt
 * them to itself, hand them to the merchant, and get them back at capture or at the next
 * authorization, which keeps the gateway stateless between the two. Here a token is {@code EncK(k,
 * P, TokenData)}: signed with the gateway's signature key, encrypted under a symmetric token key
 * that never leaves the gateway. Opening checks that the signer is the gateway itself, by its own
 * certificate, so a token minted by anyone else, or by this gateway under another certificate, is
 * refused.
 *
 * <p>Keys rotate: the first key of the list seals, all of them open (each envelope names its key by
 * identifier). Replay protection (AuthRRPID uniqueness, amount ceilings, expiry) is the caller's,
 * on the token's content. Tokens carrying a PANToken (SET's EncX variant) are not produced:
 * AgentSET never returns the card number to the merchant.
 */
public final class GatewayTokens {

  private final SignedEnvelopes envelopes;
  private final Signer gateway;
  private final List<SharedKey> keys;

  /**
   * @param gateway the gateway's signing identity, with its certificate
   * @param keys the token keys, the current one first
   */
  public GatewayTokens(
      AlgorithmSuite suite, SecureRandom random, Signer gateway, List<SharedKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one token key");
    }
    if (gateway.certificate() == null) {
      throw new IllegalArgumentException("the gateway signs tokens under its certificate");
    }
    this.envelopes = new SignedEnvelopes(suite, random);
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.keys = List.copyOf(keys);
  }

  /** Seals token data, e.g. CapTokenData under (CapTokenTBS, CapTokenTBE). */
  public byte[] seal(
      ASN1ObjectIdentifier tbsType, ASN1ObjectIdentifier tbeType, ASN1Encodable tokenData)
      throws SetCryptoException {
    return envelopes.encK(keys.get(0), gateway, tbsType, tbeType, tokenData);
  }

  /**
   * Opens a token this gateway sealed and returns the DER of the token data.
   *
   * @throws SetCryptoException {@code WRONG_RECIPIENT} for an unknown key, {@code
   *     DECRYPTION_FAILED} for a tampered token, {@code WRONG_SIGNER} or {@code BAD_SIGNATURE} for
   *     a token not signed by this gateway
   */
  public byte[] open(byte[] token, ASN1ObjectIdentifier tbsType, ASN1ObjectIdentifier tbeType)
      throws SetCryptoException {
    SignedEnvelopeContent content = envelopes.openEncK(token, keys, tbeType);
    if (!content.signerId().match(gateway.certificate())) {
      throw new SetCryptoException(Reason.WRONG_SIGNER, "token SignerInfo.sid");
    }
    return content.verify(gateway.certificate(), tbsType).content();
  }
}
