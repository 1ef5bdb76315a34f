package org.agentset.set.msg;

import java.security.SecureRandom;
import java.util.Objects;
import org.agentset.set.crypto.AlgorithmSuite;

/**
 * What every party of the flow is built with: its algorithm suite (holding the Bouncy Castle
 * provider object and the randomness of signatures and envelopes), its source of nonces, its clock
 * and freshness window, its trust in certificates, its replay store, and the software name it puts
 * in message headers. Tests pass fixed clocks, seeded randomness and in-memory stores.
 *
 * @param suite the one suite this party speaks; messages in another are refused
 * @param random the randomness for XIDs, RRPIDs, challenges, salts and nonces
 * @param freshness the clock and window for message dates
 * @param trust how certificates from peers are validated
 * @param replay the party's store of used RRPIDs and XIDs
 * @param swIdent the {@code SWIdent} of outgoing headers
 */
public record PartyContext(
    AlgorithmSuite suite,
    SecureRandom random,
    Freshness freshness,
    CertificateTrust trust,
    ReplayStore replay,
    String swIdent) {

  public PartyContext {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(freshness, "freshness");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(replay, "replay");
    Objects.requireNonNull(swIdent, "swIdent");
  }

  /** 20 fresh random bytes: an XID, RRPID, challenge, salt or nonce. */
  public byte[] nonce() {
    byte[] n = new byte[org.agentset.set.crypto.Nonces.LENGTH];
    random.nextBytes(n);
    return n;
  }
}
