package org.agentset.set.msg;

import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * A party refused a message: which check ({@link Refusal}), where ({@link #field()}, a constant
 * path chosen by this library), and the SET {@link ErrorCode} to answer with. Build the Error
 * message with {@link SetErrors}.
 *
 * <p>The message text is made of the refusal and the field only: never card data, key material,
 * digests or bytes from the input, so it is safe to log and to return. Causes from lower layers are
 * kept for debugging; their messages are not copied.
 */
public final class SetProtocolException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;
  private final ErrorCode errorCode;
  private final String field;
  private final transient ASN1ObjectIdentifier errorOid;
  private final transient CertThumb errorThumb;

  /** A refusal answering with the refusal's own error code. */
  public SetProtocolException(Refusal refusal, String field) {
    this(refusal, refusal.errorCode(), field, null, null, null);
  }

  /** As {@link #SetProtocolException(Refusal, String)}, keeping the cause. */
  public SetProtocolException(Refusal refusal, String field, Throwable cause) {
    this(refusal, refusal.errorCode(), field, null, null, cause);
  }

  /**
   * The full form.
   *
   * @param errorCode the code to answer with when it is more precise than the refusal's default
   * @param errorOid the unrecognized critical extension, or null
   * @param errorThumb the certificate at fault, or null
   */
  public SetProtocolException(
      Refusal refusal,
      ErrorCode errorCode,
      String field,
      ASN1ObjectIdentifier errorOid,
      CertThumb errorThumb,
      Throwable cause) {
    super(refusal + " (" + errorCode + ") at " + field, cause);
    this.refusal = refusal;
    this.errorCode = errorCode;
    this.field = field;
    this.errorOid = errorOid;
    this.errorThumb = errorThumb;
  }

  /** The check that failed. */
  public Refusal refusal() {
    return refusal;
  }

  /** The SET error code to answer with. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The message field or structure concerned. */
  public String field() {
    return field;
  }

  /** The unrecognized critical extension, or null. */
  public ASN1ObjectIdentifier errorOid() {
    return errorOid;
  }

  /** The thumbprint of the certificate at fault, or null. */
  public CertThumb errorThumb() {
    return errorThumb;
  }
}
