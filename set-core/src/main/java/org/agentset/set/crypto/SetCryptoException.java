package org.agentset.set.crypto;

import java.util.Objects;

/**
 * A cryptographic check failed or a cryptographic structure could not be read.
 *
 * <p>Every failure of an operator (a bad signature, an envelope that does not open, a link hash
 * that does not match, a structure in the wrong suite) is reported with this one checked type, so
 * that callers map it to a SET {@code Error} code in one place. The {@link Reason} says what went
 * wrong and {@link #field()} names the structure or field concerned. Messages are fixed texts built
 * from those two values only: they never contain key material, plaintext, digests or any byte taken
 * from the input, so they are safe to log and to return to a peer.
 */
public final class SetCryptoException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an operation failed. */
  public enum Reason {
    /** The input is not the expected DER structure (wrong tag, bad length, trailing bytes). */
    MALFORMED("malformed"),
    /** The input exceeds a size or nesting limit. */
    TOO_LARGE("too large"),
    /** An algorithm suite identifier that AgentSET does not know. */
    UNKNOWN_SUITE("unknown algorithm suite"),
    /** A known algorithm, but not the one the expected suite prescribes (downgrade guard). */
    SUITE_MISMATCH("algorithm does not belong to the expected suite"),
    /** A key of the wrong type, size or purpose for the suite. */
    WRONG_KEY("key does not fit the suite or purpose"),
    /** The envelope is addressed to someone else. */
    WRONG_RECIPIENT("envelope is addressed to another recipient"),
    /** The signer identifier does not name the key or certificate given for verification. */
    WRONG_SIGNER("signer does not match the verification key"),
    /** A signature does not verify. */
    BAD_SIGNATURE("signature does not verify"),
    /** Authenticated decryption or key unwrapping failed. */
    DECRYPTION_FAILED("decryption failed"),
    /** A recomputed digest or link hash differs from the one carried. */
    DIGEST_MISMATCH("digest does not match"),
    /** The content type carried differs from the one the caller expects. */
    CONTENT_TYPE_MISMATCH("unexpected content type"),
    /** A structure is well formed but uses a feature this library refuses. */
    UNSUPPORTED("unsupported");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** A short fixed description. */
    public String text() {
      return text;
    }
  }

  private final Reason reason;
  private final String field;

  /**
   * @param reason what went wrong
   * @param field the structure or field concerned, e.g. {@code "SignerInfo.signature"}; a constant
   *     chosen by the library, never data from the input
   */
  public SetCryptoException(Reason reason, String field) {
    super(reason.text() + ": " + field);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * As {@link #SetCryptoException(Reason, String)}, keeping the cause for debugging. The cause's
   * own message is not copied into this exception's message.
   */
  public SetCryptoException(Reason reason, String field, Throwable cause) {
    this(reason, field);
    initCause(cause);
  }

  /** Why the operation failed. */
  public Reason reason() {
    return reason;
  }

  /** The structure or field concerned. */
  public String field() {
    return field;
  }
}
