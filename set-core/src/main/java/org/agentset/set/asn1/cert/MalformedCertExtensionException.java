package org.agentset.set.asn1.cert;

/**
 * A SET or AgentSET certificate structure could not be decoded: wrong type, non-DER encoding,
 * out-of-range value or missing mandatory component.
 *
 * <p>Unchecked so that it can leave {@code getInstance(Object)} like Bouncy Castle's own {@link
 * IllegalArgumentException}s, which it extends; callers that decode untrusted input catch it and
 * map {@link #field()} to a SET error code.
 */
public final class MalformedCertExtensionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** A malformed {@code field} (dotted ASN.1 path such as {@code merchantData.merCountry}). */
  public MalformedCertExtensionException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  /** Same, keeping the parser's exception as the cause. */
  public MalformedCertExtensionException(String field, String reason, Throwable cause) {
    super(field + ": " + reason, cause);
    this.field = field;
  }

  /** The ASN.1 path of the offending component. */
  public String field() {
    return field;
  }
}
