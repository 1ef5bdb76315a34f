package org.agentset.set.msg;

import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.crypto.SetCryptoException;

/**
 * Maps a failure of a cryptographic operator to the refusal of the step that used it, so that every
 * check of {@code org.agentset.set.crypto} surfaces with a SET error code.
 */
public final class CryptoFailures {

  private CryptoFailures() {}

  /**
   * @param integrity the refusal for a signature or signed link that does not check (e.g. {@link
   *     Refusal#DUAL_SIGNATURE} for the PISignature)
   * @param field the message structure concerned
   */
  public static SetProtocolException refusal(
      SetCryptoException e, Refusal integrity, String field) {
    return switch (e.reason()) {
      case BAD_SIGNATURE, WRONG_SIGNER, DIGEST_MISMATCH ->
          new SetProtocolException(integrity, field, e);
      case DECRYPTION_FAILED, WRONG_RECIPIENT ->
          new SetProtocolException(Refusal.DECRYPTION, field, e);
      case TOO_LARGE ->
          new SetProtocolException(
              Refusal.DECODING, ErrorCode.MESSAGE_TOO_BIG, field, null, null, e);
      case SUITE_MISMATCH, UNKNOWN_SUITE ->
          new SetProtocolException(Refusal.SUITE_MISMATCH, field, e);
      case WRONG_KEY -> new SetProtocolException(Refusal.CERTIFICATE_INVALID, field, e);
      case MALFORMED, CONTENT_TYPE_MISMATCH, UNSUPPORTED ->
          new SetProtocolException(Refusal.DECODING, field, e);
    };
  }
}
