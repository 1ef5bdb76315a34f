package org.agentset.wallet.app;

import java.io.ByteArrayInputStream;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SaiException;
import org.agentset.wallet.agents.CommKeys;
import org.agentset.wallet.agents.Delegation;
import org.agentset.wallet.agents.MandateDraft;
import org.agentset.wallet.infra.AgentServerClient;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.model.WalletContents;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Delegation and revocation (issue 8): creates a customer agent on the agent server from the
 * customer's mandate — the wallet signs the mandate with its communication key, keeps a fresh K per
 * item and hands over only the signed mandate (with the sealed tokens) and its authorisation of the
 * agent's key — and revokes one: K destroyed in the wallet file first, then the agent server told.
 */
public final class AgentService {

  private static final System.Logger LOG = System.getLogger(AgentService.class.getName());

  /** What revoking achieved. */
  public record Revoked(AgentRecord agent, Optional<String> agentServerProblem) {}

  private final WalletStore store;
  private final AgentServerClient ans;
  private final Clock clock;
  private final Delegation delegation;
  private final AlgorithmSuites suites;
  private final Provider provider;

  public AgentService(
      WalletStore store,
      AgentServerClient ans,
      Clock clock,
      SecureRandom random,
      AlgorithmSuites suites,
      Provider provider) {
    this.store = store;
    this.ans = ans;
    this.clock = clock;
    this.delegation = new Delegation(clock, random, provider);
    this.suites = suites;
    this.provider = provider;
  }

  /** The agents, newest first. */
  public List<AgentRecord> list(Ticket ticket) throws WalletException {
    List<AgentRecord> out = new ArrayList<>(store.contents(ticket).agents());
    java.util.Collections.reverse(out);
    return out;
  }

  /** The agent {@code id}. */
  public Optional<AgentRecord> get(Ticket ticket, String id) throws WalletException {
    return store.contents(ticket).agent(id);
  }

  /** The mandate of {@code agent}, as the wallet signed it. */
  public Mandate mandate(Ticket ticket, AgentRecord agent) throws WalletException {
    CommKeys keys = keys(store.contents(ticket));
    try {
      return new Mandates(keys.suite())
          .verify(agent.signedMandate().toByteArray(), keys.certificate());
    } catch (SaiException e) {
      throw new IllegalStateException("the wallet's own mandate does not verify", e);
    }
  }

  /**
   * Creates an agent for {@code draft}.
   *
   * @throws NotReadyException if the wallet has no communication certificate yet
   * @throws PeerException if the agent server (or the CA behind it) refuses or cannot be reached;
   *     the wallet then keeps nothing
   */
  public AgentRecord create(Ticket ticket, MandateDraft draft)
      throws WalletException, PeerException {
    CommKeys keys = keys(store.contents(ticket));
    AgentServerClient.Reservation reservation = ans.reserve();
    Delegation.Delegated delegated;
    byte[] authorisation;
    try {
      delegated = delegation.mandate(draft, keys);
      authorisation =
          delegation.agentCertificateRequest(
              reservation.agentId(),
              delegated.terms().getNotAfter(),
              reservation.certificationRequest(),
              keys);
    } catch (SaiException | IllegalArgumentException e) {
      throw new PeerException(
          200, "The agent server's key reservation is unusable: " + e.getMessage());
    }
    AgentServerClient.Created created =
        ans.create(
            reservation.agentId(),
            delegated.signedMandate(),
            authorisation,
            "create-" + reservation.agentId());
    Optional<Bytes> certificate = leaf(created.certificateChainPem());
    AgentRecord record =
        new AgentRecord(
            reservation.agentId(),
            delegated.mandateIdHex(),
            Bytes.of(delegated.signedMandate()),
            clock.instant(),
            AgentRecord.State.ACTIVE,
            delegated.items(),
            certificate,
            List.of());
    store.update(
        ticket,
        c ->
            c.withAgent(record)
                .withHistory(
                    history(
                        "Agent "
                            + record.agentId()
                            + " created ("
                            + draft.mode().name().toLowerCase(java.util.Locale.ROOT)
                            + ", "
                            + delegated.items().size()
                            + " item, deadline "
                            + delegated.terms().getNotAfter()
                            + ")")));
    LOG.log(System.Logger.Level.INFO, "Agent {0} created", record.agentId());
    return record;
  }

  /**
   * Revokes {@code id}: its K are destroyed in the wallet file at once (no token can open again),
   * then the agent server is told. If the agent server cannot be told, the revocation in the wallet
   * stands and the answer says so.
   *
   * @throws InvalidInputException if there is no such agent
   */
  public Revoked revoke(Ticket ticket, String id) throws WalletException {
    if (store.contents(ticket).agent(id).isEmpty()) {
      throw new InvalidInputException("agent", "The wallet has no agent " + id + ".");
    }
    WalletContents after =
        store.update(
            ticket,
            c ->
                c.withAgentReplaced(c.agent(id).orElseThrow().revoked())
                    .withHistory(history("Agent " + id + " revoked; its keys were destroyed")));
    LOG.log(System.Logger.Level.INFO, "Agent {0} revoked; keys destroyed", id);
    Optional<String> problem = Optional.empty();
    try {
      ans.revoke(id, "revoked by the customer in the wallet");
    } catch (PeerException e) {
      problem = Optional.of(e.getMessage());
      LOG.log(
          System.Logger.Level.WARNING,
          "Agent server not told of revocation of {0}: {1}",
          id,
          e.getMessage());
    }
    return new Revoked(after.agent(id).orElseThrow(), problem);
  }

  CommKeys keys(WalletContents contents) {
    KeyCredential credential =
        contents
            .communication()
            .orElseThrow(
                () ->
                    new NotReadyException(
                        "The wallet has no communication certificate yet: enrol with the CA first"
                            + " (Enrolment page)."));
    return CommKeys.of(credential, suites, provider);
  }

  private HistoryEntry history(String text) {
    return new HistoryEntry(clock.instant(), HistoryEntry.Kind.AGENT, text);
  }

  private Optional<Bytes> leaf(String pem) {
    if (pem == null || pem.isBlank()) {
      return Optional.empty();
    }
    try {
      Collection<? extends java.security.cert.Certificate> certs =
          CertificateFactory.getInstance("X.509", provider)
              .generateCertificates(
                  new ByteArrayInputStream(
                      pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      return certs.stream()
          .findFirst()
          .map(
              c -> {
                try {
                  return Bytes.of(((X509Certificate) c).getEncoded());
                } catch (java.security.cert.CertificateEncodingException e) {
                  throw new IllegalStateException(e);
                }
              });
    } catch (java.security.GeneralSecurityException e) {
      return Optional.empty();
    }
  }
}
