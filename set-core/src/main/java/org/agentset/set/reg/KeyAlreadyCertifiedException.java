package org.agentset.set.reg;

/**
 * The CA's registry of certified public keys already holds a key proposed for certification: a key
 * is never certified twice (SET-PROTOCOL.md §5.3 item 2).
 */
public final class KeyAlreadyCertifiedException extends Exception {

  private static final long serialVersionUID = 1L;

  public KeyAlreadyCertifiedException() {
    super("the key was certified before; a key is never certified twice");
  }
}
