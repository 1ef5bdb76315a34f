package org.agentset.set.sai;

import java.util.Objects;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.crypto.SetCryptoException;

/**
 * A signed initiation, a mandate, a sealed token or a payment start could not be made sense of: the
 * one checked exception of this package. Like {@link SetCryptoException} its message is built from
 * the {@link Reason} and a field name chosen by the library only — never key material, plaintext or
 * bytes from the input — so it can be logged and sent back to the agent.
 */
public final class SaiException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** Not the expected DER or CMS structure. */
    MALFORMED("malformed"),
    /** Well formed, but a feature or algorithm this library refuses. */
    UNSUPPORTED("unsupported"),
    /** The envelope is addressed to another key. */
    WRONG_RECIPIENT("addressed to another recipient"),
    /** The envelope does not open with the recipient's key (tampered, or not for this key). */
    DECRYPTION_FAILED("does not decrypt"),
    /** The signature does not verify, or names another signer, suite or content type. */
    BAD_SIGNATURE("signature does not verify"),
    /** A signed attribute the format requires is absent or wrong. */
    MISSING_ATTRIBUTE("required signed attribute absent or malformed"),
    /** The sealed token does not open with this key under these terms. */
    TOKEN_DOES_NOT_OPEN("token does not open with this key and these terms"),
    /** Two parts that must agree do not (e.g. the customer and the signer). */
    INCONSISTENT("parts disagree");

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

  public SaiException(Reason reason, String field) {
    super(reason.text() + ": " + field);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = Objects.requireNonNull(field, "field");
  }

  public SaiException(Reason reason, String field, Throwable cause) {
    this(reason, field);
    initCause(cause);
  }

  /** A crypto failure, mapped onto this package's reasons. */
  static SaiException of(SetCryptoException e) {
    Reason r =
        switch (e.reason()) {
          case MALFORMED, TOO_LARGE -> Reason.MALFORMED;
          case UNKNOWN_SUITE, UNSUPPORTED -> Reason.UNSUPPORTED;
          case WRONG_RECIPIENT -> Reason.WRONG_RECIPIENT;
          case DECRYPTION_FAILED -> Reason.DECRYPTION_FAILED;
          case WRONG_KEY,
              SUITE_MISMATCH,
              WRONG_SIGNER,
              BAD_SIGNATURE,
              DIGEST_MISMATCH,
              CONTENT_TYPE_MISMATCH ->
              Reason.BAD_SIGNATURE;
        };
    return new SaiException(r, e.field(), e);
  }

  /** A decoding failure of the content. */
  static SaiException of(SetDecodingException e) {
    String path = e.getPath().isEmpty() ? "content" : e.getPath();
    return new SaiException(Reason.MALFORMED, path, e);
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** The structure or field concerned. */
  public String field() {
    return field;
  }
}
