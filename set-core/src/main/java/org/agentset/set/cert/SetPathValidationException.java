package org.agentset.set.cert;

/**
 * A certification path failed SET validation: which {@link PathRule}, at which position.
 *
 * <p>Positions count in the chain as given, leaf first: 0 is the end-entity certificate; the
 * trusted root, whether or not it was in the chain, is at position {@code chain.size() - 1} when it
 * was and {@code chain.size()} when it was not.
 */
public final class SetPathValidationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final PathRule rule;
  private final int position;

  public SetPathValidationException(PathRule rule, int position, String detail) {
    super(rule + " at position " + position + ": " + detail);
    this.rule = rule;
    this.position = position;
  }

  public SetPathValidationException(PathRule rule, int position, String detail, Throwable cause) {
    super(rule + " at position " + position + ": " + detail, cause);
    this.rule = rule;
    this.position = position;
  }

  /** The rule that failed. */
  public PathRule rule() {
    return rule;
  }

  /** The position of the offending certificate (0 = leaf). */
  public int position() {
    return position;
  }
}
