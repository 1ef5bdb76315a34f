package org.agentset.wallet.http;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions the wallet knows, by id. Bounded: a client that never sends its cookie back gets a
 * new session each time, so beyond {@value #MAX} the least recently seen one is dropped; a session
 * unseen for {@link #MAX_IDLE} is forgotten.
 */
final class Sessions {

  static final int MAX = 64;
  static final Duration MAX_IDLE = Duration.ofHours(12);

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Clock clock;
  private final SecureRandom random;

  Sessions(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
  }

  /** The live session whose id is {@code id}. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    Instant now = clock.instant();
    if (s == null || !now.isBefore(s.lastSeen().plus(MAX_IDLE))) {
      if (s != null) {
        byId.remove(id, s);
      }
      return Optional.empty();
    }
    s.seen(now);
    return Optional.of(s);
  }

  /** A new session. */
  synchronized Session create() {
    while (byId.size() >= MAX) {
      byId.values().stream()
          .min(Comparator.comparing(Session::lastSeen))
          .ifPresent(oldest -> byId.remove(oldest.id()));
    }
    Session s = new Session(token(), token(), clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  /**
   * Replaces {@code old} by a new session with new id and token (on unlock, against session
   * fixation: an id planted before the unlock is worthless after it).
   */
  Session rotate(Session old) {
    byId.remove(old.id());
    return create();
  }

  /** Whether {@code presented} is {@code session}'s CSRF token (constant time). */
  static boolean tokenMatches(Session session, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            session.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
