package org.agentset.wallet.http;

import java.time.Instant;
import java.util.Optional;
import org.agentset.wallet.store.Ticket;

/**
 * One browser's (or one API client's) conversation with the wallet: its CSRF token, the ticket of
 * its own unlock if it unlocked the wallet, and a message for the next page.
 *
 * <p>The id and the token are separate secrets: the id travels in the {@code HttpOnly} cookie,
 * which page scripts cannot read; the token is written into the wallet's own pages (and returned by
 * {@code GET /api/session}), which other origins cannot read. A forged request has the cookie (the
 * browser adds it) but not the token.
 */
public final class Session {

  private final String id;
  private final String csrfToken;
  private volatile Ticket ticket;
  private volatile Instant lastSeen;
  private volatile String flash;
  private volatile String returnTo;

  Session(String id, String csrfToken, Instant now) {
    this.id = id;
    this.csrfToken = csrfToken;
    this.lastSeen = now;
  }

  String id() {
    return id;
  }

  /**
   * Remembers the wallet page (path and query) a locked session asked for, e.g. a storefront's
   * {@code /pay?initiation=…} link, so the unlock leads back to it; anything but a local path is
   * ignored.
   */
  public void returnTo(String pathAndQuery) {
    if (pathAndQuery != null
        && pathAndQuery.startsWith("/")
        && !pathAndQuery.startsWith("//")
        && !pathAndQuery.contains("\\")) {
      this.returnTo = pathAndQuery;
    }
  }

  /** The page to show after an unlock, once. */
  public Optional<String> takeReturnTo() {
    String r = returnTo;
    returnTo = null;
    return Optional.ofNullable(r);
  }

  /** The token every state-changing request of this session must carry. */
  public String csrfToken() {
    return csrfToken;
  }

  /** The ticket of this session's unlock, if it unlocked (the store may have locked since). */
  public Optional<Ticket> ticket() {
    return Optional.ofNullable(ticket);
  }

  /** Records this session's unlock. */
  public void unlocked(Ticket t) {
    this.ticket = t;
  }

  /** Forgets this session's unlock. */
  public void locked() {
    this.ticket = null;
  }

  /** Leaves a one-line message for the next page this session shows. */
  public void flash(String message) {
    this.flash = message;
  }

  /** Takes the message left for this page, if any. */
  public Optional<String> takeFlash() {
    String f = flash;
    flash = null;
    return Optional.ofNullable(f);
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void seen(Instant now) {
    lastSeen = now;
  }
}
