package org.agentset.ans.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.trust.AgentKeys;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.ans.trust.CaCertificates;
import org.agentset.ans.trust.CaService;
import org.agentset.ans.trust.MandateIntake;
import org.agentset.ans.trust.PaymentStartSealer;
import org.agentset.ans.trust.WalletSignatures;
import org.agentset.db.ans.AgentRecord;
import org.agentset.db.ans.MandateRecord;
import org.agentset.db.ans.OfferRecord;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.crypto.AlgorithmSuites;

/**
 * The customer's side of the agent server: reserve an agent key, create an agent from a
 * wallet-signed mandate (every check before anything is stored; the CA certifies the agent on the
 * wallet's signed word), read agents, revoke them.
 */
@Stateless
public class AgentService {

  /** How long a reserved key waits for its mandate. */
  public static final Duration RESERVATION = Duration.ofMinutes(30);

  @EJB private AnsRuntime runtime;
  @EJB private AgentStore store;
  @EJB private CaService ca;
  @EJB private AgentRunner runner;
  @EJB private Agents agents;

  /** A reserved agent id and its PKCS#10 request. */
  public record Reservation(UUID agentId, byte[] certificationRequest, Instant expiresAt) {}

  /** The agent created: its view and its certificate chain (PEM). */
  public record Created(AgentView agent, String certificateChain, String walletHash) {}

  public Reservation reserve() {
    AgentKeys keys = runtime.keys();
    UUID id = UUID.randomUUID();
    KeyPair pair = keys.generate();
    byte[] csr = AgentKeys.der(keys.request(id.toString(), pair));
    Instant now = runtime.clock().instant();
    Instant expires = now.plus(RESERVATION);
    store.reserve(id, keys.seal(id.toString(), pair.getPrivate()), csr, now, expires);
    return new Reservation(id, csr, expires);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Created create(UUID agentId, byte[] mandateDer, byte[] agentRequestDer) {
    Instant now = runtime.clock().instant();
    java.security.cert.X509Certificate signer = org.agentset.ans.trust.Cms.signerOf(mandateDer);
    CaCertificates cas = signer == null ? ca.certificates() : ca.certificatesFor(signer);
    AlgorithmSuites suites = new AlgorithmSuites(runtime.provider(), runtime.random());
    MandateIntake.Accepted m =
        new MandateIntake(runtime.provider(), suites, runtime.clock()).accept(mandateDer, cas);
    WalletSignatures.Verified request =
        new WalletSignatures(runtime.provider(), runtime.clock())
            .verify(
                agentRequestDer,
                SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST,
                "the agent certificate request",
                cas);
    if (!request.walletHash().equals(m.walletHash())) {
      throw new AgentProblem(
          "other-customer",
          422,
          "The agent certificate request and the mandate are signed by different wallets.");
    }
    AgentCertificateRequest acr;
    try {
      acr = AgentCertificateRequest.fromDer(request.content());
    } catch (MalformedCertExtensionException e) {
      throw new AgentProblem(
          "agent-request", 422, "The agent certificate request is malformed: " + e.getMessage());
    }
    if (!acr.agentId().equals(agentId.toString())) {
      throw new AgentProblem(
          "agent-id",
          422,
          "The agent certificate request is for agent " + acr.agentId() + ", not " + agentId + ".");
    }
    var reservation = store.reservation(agentId);
    if (reservation == null || reservation.isUsed() || reservation.getSealedKey() == null) {
      throw new AgentProblem(
          "agent-id",
          422,
          "Agent id " + agentId + " was not reserved here, is used, or its reservation expired.");
    }
    if (reservation.getExpiresAt().isBefore(now)) {
      throw new AgentProblem(
          "agent-id",
          422,
          "The reservation of agent "
              + agentId
              + " expired at "
              + reservation.getExpiresAt()
              + ".");
    }
    if (!Arrays.equals(
        AgentKeys.der(new org.bouncycastle.pkcs.PKCS10CertificationRequest(acr.request())),
        reservation.getCsr())) {
      throw new AgentProblem(
          "agent-id",
          422,
          "The agent certificate request does not hold the key reserved for agent "
              + agentId
              + ".");
    }
    if (!acr.notAfter().equals(m.terms().notAfter().truncatedTo(ChronoUnit.SECONDS))) {
      throw new AgentProblem(
          "mandate-terms",
          422,
          "The agent certificate request must end at the mandate's deadline "
              + m.terms().notAfter()
              + ", not "
              + acr.notAfter()
              + ".");
    }
    if (!store.agents(m.terms().customer(), 1000).stream()
        .filter(a -> a.getMandateId().equals(m.mandateIdHex()))
        .toList()
        .isEmpty()) {
      throw new AgentProblem(
          "mandate-used", 409, "An agent already acts under mandate " + m.mandateIdHex() + ".");
    }
    String chain = ca.issueAgentCertificate(agentRequestDer);
    String serial =
        PaymentStartSealer.chain(chain)
            .get(0)
            .getSerialNumber()
            .toString(16)
            .toUpperCase(java.util.Locale.ROOT);
    MandateTerms t = m.terms();
    AgentRecord record =
        new AgentRecord(
            agentId,
            t.customer(),
            m.mandateIdHex(),
            m.walletHash(),
            runtime.random().nextLong(),
            t.notAfter(),
            t.mode().name(),
            now);
    MandateRecord mandate =
        new MandateRecord(
            agentId,
            m.mandateIdHex(),
            mandateDer,
            MandateIntake.der(m.walletHolder()),
            TermsJson.toJson(t).toString(),
            t.currency(),
            t.items().stream().mapToLong(ItemRequest::maxUnitPriceMinor).max().orElse(0),
            t.budgetMinor(),
            t.notBefore(),
            t.notAfter());
    store.create(record, mandate, chain, serial, now);
    runner.negotiate(agentId);
    return new Created(view(agentId), chain, m.walletHash());
  }

  /**
   * Revokes a live agent: it stops, its key and the tokens' use end here. Outside a transaction of
   * its own so that the transition locks and reads the agent's current row (the agent may be
   * working at the same moment).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AgentView revoke(UUID id, String reason) {
    AgentRecord a = store.agent(id).orElseThrow(() -> notFound(id));
    String why =
        "Revoked by the customer"
            + (reason == null || reason.isBlank() ? "." : ": " + reason.strip());
    if (!store.transition(
        id, AgentStore.LIVE, AgentRecord.State.REVOKED, why, runtime.clock().instant())) {
      throw new AgentProblem(
          "agent-ended", 409, "Agent " + id + " has already ended (" + a.getState() + ").");
    }
    agents.forget(id);
    return view(id);
  }

  public AgentView view(UUID id) {
    AgentRecord a = store.agent(id).orElseThrow(() -> notFound(id));
    MandateTerms t = store.terms(id);
    List<OfferRecord> offers = store.offers(id);
    List<AgentView.Line> lines = new ArrayList<>();
    for (int i = 0; i < t.items().size(); i++) {
      ItemRequest r = t.items().get(i);
      final int item = i;
      OfferRecord sel =
          offers.stream()
              .filter(
                  o ->
                      o.getItem() == item
                          && !"AGREED".equals(o.getStatus())
                          && !"PASSED".equals(o.getStatus()))
              .reduce((x, y) -> y)
              .orElse(null);
      lines.add(
          sel == null
              ? new AgentView.Line(
                  i,
                  r.describe(),
                  r.quantity(),
                  r.maxUnitPriceMinor(),
                  null,
                  null,
                  null,
                  0,
                  0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null)
              : new AgentView.Line(
                  i,
                  r.describe(),
                  r.quantity(),
                  r.maxUnitPriceMinor(),
                  sel.getMerchant(),
                  sel.getSku(),
                  sel.getItemName(),
                  sel.getUnitPriceMinor(),
                  sel.getDeliveryDays(),
                  sel.getStatus(),
                  sel.getExplanation(),
                  sel.getOrderId(),
                  sel.getLidM(),
                  sel.getXid(),
                  sel.getOutcomeReason()));
    }
    return new AgentView(
        id.toString(),
        a.getCustomer(),
        a.getMandateId(),
        a.getMode(),
        a.getState().name(),
        a.getStateReason(),
        a.getCreatedAt(),
        a.getUpdatedAt(),
        t.notAfter(),
        t.currency(),
        t.budgetMinor(),
        lines);
  }

  /** Views of a customer's agents (or all, for operators), newest first. */
  public List<AgentView> views(String customer, int max) {
    return store.agents(customer, max).stream().map(a -> view(a.getId())).toList();
  }

  /**
   * Views of the agents one wallet created (its certificate hash, as the wallet's page link has
   * it).
   */
  public List<AgentView> viewsOfWallet(String walletHash, int max) {
    return store.agentsOfWallet(walletHash, max).stream().map(a -> view(a.getId())).toList();
  }

  /** Agents per state, and how many customer agent beans this server holds now. */
  public java.util.Map<String, Long> statistics() {
    java.util.Map<String, Long> m = store.countByState();
    m.put("LIVE_BEANS", (long) agents.size());
    return m;
  }

  static AgentProblem notFound(UUID id) {
    return new AgentProblem("not-found", 404, "No agent " + id + " here.");
  }
}
