package org.agentset.wallet.store;

/**
 * Why the wallet store could not do what was asked. The message is meant for the customer; it never
 * carries a password, a card number or key material.
 */
public final class WalletException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an operation on the store failed. */
  public enum Reason {
    /** There is no wallet file yet: create one. */
    NO_WALLET("There is no wallet yet: create one first."),
    /** A wallet file already exists, so none is created over it. */
    EXISTS("A wallet already exists here; unlock it instead."),
    /** Another wallet process holds this wallet's directory. */
    IN_USE("Another wallet process is using this wallet's directory."),
    /** The wallet is locked (or locked itself after being idle). */
    LOCKED("The wallet is locked: unlock it with your password."),
    /**
     * The password is not this wallet's. Always this one message, whatever part of the check
     * failed, so the answer says nothing beyond "wrong".
     */
    WRONG_PASSWORD("Wrong password."),
    /** The file is truncated, altered or otherwise unreadable; it is left as it is. */
    DAMAGED("The wallet file is damaged"),
    /** The file was written by a newer wallet. */
    UNSUPPORTED("The wallet file was written by a newer version of the wallet"),
    /** Reading or writing the file failed. */
    IO_ERROR("The wallet file could not be read or written");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    /** The sentence shown to the customer for this reason. */
    public String message() {
      return message;
    }
  }

  private final Reason reason;

  /** An exception with the reason's own message. */
  public WalletException(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  /** An exception whose message adds {@code detail} (no secrets) to the reason's. */
  public WalletException(Reason reason, String detail) {
    super(withDetail(reason, detail));
    this.reason = reason;
  }

  /** An exception caused by {@code cause}. */
  public WalletException(Reason reason, String detail, Throwable cause) {
    super(withDetail(reason, detail), cause);
    this.reason = reason;
  }

  private static String withDetail(Reason reason, String detail) {
    String base = reason.message();
    return (base.endsWith(".") ? base.substring(0, base.length() - 1) : base) + ": " + detail;
  }

  /** Why it failed. */
  public Reason reason() {
    return reason;
  }
}
