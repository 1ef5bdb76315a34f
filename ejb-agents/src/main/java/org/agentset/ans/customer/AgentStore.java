package org.agentset.ans.customer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.agentset.ans.negotiation.CustomerStrategy;
import org.agentset.ans.negotiation.Deal;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Negotiation;
import org.agentset.ans.negotiation.Offer;
import org.agentset.ans.negotiation.Transcript;
import org.agentset.ans.negotiation.Utility;
import org.agentset.db.ans.AgentEvent;
import org.agentset.db.ans.AgentKeyRecord;
import org.agentset.db.ans.AgentRecord;
import org.agentset.db.ans.MandateRecord;
import org.agentset.db.ans.OfferRecord;
import org.agentset.db.ans.TranscriptEntryRecord;

/**
 * The customer agents' durable record in the {@code ans} schema: lifecycle transitions with their
 * reasons (each also an event for the customer), transcript lines, agreements, and the restoring of
 * a negotiation after a restart. Every change to one agent locks its row first, so events are
 * numbered without gaps or duplicates.
 */
@Stateless
public class AgentStore {

  @PersistenceContext(unitName = "ans")
  private EntityManager em;

  /** The states an agent can still leave. */
  public static final Set<AgentRecord.State> LIVE =
      Set.of(
          AgentRecord.State.CREATED,
          AgentRecord.State.NEGOTIATING,
          AgentRecord.State.AWAITING_PAYMENT);

  public Optional<AgentRecord> agent(UUID id) {
    return Optional.ofNullable(em.find(AgentRecord.class, id));
  }

  public MandateRecord mandate(UUID id) {
    return em.find(MandateRecord.class, id);
  }

  public AgentKeyRecord key(UUID id) {
    return em.find(AgentKeyRecord.class, id);
  }

  public MandateTerms terms(UUID id) {
    return TermsJson.fromJson(mandate(id).getTermsJson());
  }

  /**
   * Moves agent {@code id} to {@code next} if it is in one of {@code from}; records the reason as
   * an event. Returns whether it moved.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean transition(
      UUID id, Set<AgentRecord.State> from, AgentRecord.State next, String reason, Instant now) {
    AgentRecord a = em.find(AgentRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || !from.contains(a.getState())) {
      return false;
    }
    a.transition(next, reason, now);
    event(a, "state", reason, now);
    if (a.isEnded()) {
      destroyKey(id, now);
    }
    return true;
  }

  /** Adds an event for the customer (a notification, a payment outcome). */
  public void notify(UUID id, String kind, String text, Instant now) {
    AgentRecord a = em.find(AgentRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    event(a, kind, text, now);
  }

  /** Stores the transcript entries the record does not hold yet (each also an event). */
  public void transcript(UUID id, List<Transcript.Entry> entries, Instant now) {
    AgentRecord a = em.find(AgentRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    int have =
        em.createQuery(
                "select coalesce(max(t.seq), 0) from TranscriptEntryRecord t where t.agentId = :a",
                Integer.class)
            .setParameter("a", id)
            .getSingleResult();
    for (Transcript.Entry e : entries) {
      if (e.seq() <= have) {
        continue;
      }
      em.persist(
          new TranscriptEntryRecord(
              id,
              e.seq(),
              e.at(),
              e.item(),
              e.round(),
              e.kind().name(),
              e.from(),
              e.to(),
              e.text(),
              e.unitPriceMinor(),
              e.quantity()));
      event(
          a,
          "transcript",
          e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
              + " · "
              + e.from()
              + " → "
              + e.to()
              + ": "
              + e.text(),
          now);
    }
  }

  /** Records every agreement of a negotiation that ran, ranked, with the selected one marked. */
  public void agreements(UUID id, Negotiation n) {
    em.createQuery(
            "delete from OfferRecord o where o.agentId = :a and o.status in ('AGREED', 'SELECTED',"
                + " 'PASSED')")
        .setParameter("a", id)
        .executeUpdate();
    for (int item = 0; item < n.terms().items().size(); item++) {
      List<Deal> deals = n.agreements(item);
      Optional<Deal> selected = n.selection(item);
      for (int rank = 0; rank < deals.size(); rank++) {
        Deal d = deals.get(rank);
        Offer o = d.offer();
        boolean sel = selected.isPresent() && selected.get().equals(d);
        OfferRecord r =
            new OfferRecord(
                id,
                item,
                rank,
                o.merchant(),
                o.sku(),
                o.itemName(),
                o.quantity(),
                o.unitPriceMinor(),
                o.currency(),
                o.deliveryDays(),
                d.utility(),
                d.rounds(),
                sel ? "SELECTED" : "AGREED");
        r.setUtilityParts(d.score().price(), d.score().delivery(), d.score().merchant());
        if (sel) {
          r.setExplanation(n.explanation(item));
        }
        em.persist(r);
      }
    }
  }

  /** The offer row of a selection. */
  public OfferRecord offer(UUID agent, int item, int rank) {
    return em.createQuery(
            "select o from OfferRecord o where o.agentId = :a and o.item = :i and o.rank = :r",
            OfferRecord.class)
        .setParameter("a", agent)
        .setParameter("i", item)
        .setParameter("r", rank)
        .getSingleResult();
  }

  public List<OfferRecord> offers(UUID agent) {
    return em.createQuery(
            "select o from OfferRecord o where o.agentId = :a order by o.item, o.rank",
            OfferRecord.class)
        .setParameter("a", agent)
        .getResultList();
  }

  public Optional<OfferRecord> offerByCallback(String token) {
    return em
        .createQuery("select o from OfferRecord o where o.callbackToken = :t", OfferRecord.class)
        .setParameter("t", token)
        .getResultList()
        .stream()
        .findFirst();
  }

  public OfferRecord offerById(long id) {
    return em.find(OfferRecord.class, id);
  }

  public List<TranscriptEntryRecord> transcript(UUID id) {
    return em.createQuery(
            "select t from TranscriptEntryRecord t where t.agentId = :a order by t.seq",
            TranscriptEntryRecord.class)
        .setParameter("a", id)
        .getResultList();
  }

  public List<AgentEvent> events(UUID id, int afterSeq) {
    return em.createQuery(
            "select e from AgentEvent e where e.agentId = :a and e.seq > :s order by e.seq",
            AgentEvent.class)
        .setParameter("a", id)
        .setParameter("s", afterSeq)
        .setMaxResults(500)
        .getResultList();
  }

  /** The negotiation of an agent as its record holds it (after a restart). */
  public Negotiation restore(UUID id, CustomerStrategy strategy, Utility utility) {
    AgentRecord a = em.find(AgentRecord.class, id);
    MandateTerms terms = terms(id);
    int lines = terms.items().size();
    List<List<Deal>> agreements = new ArrayList<>();
    int[] selected = new int[lines];
    List<String> explanations = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      agreements.add(new ArrayList<>());
      selected[i] = -1;
      explanations.add("");
    }
    for (OfferRecord o : offers(id)) {
      Offer offer =
          new Offer(
              o.getMerchant(),
              o.getSku(),
              o.getItemName(),
              o.getQuantity(),
              o.getUnitPriceMinor(),
              o.getCurrency(),
              o.getDeliveryDays());
      agreements
          .get(o.getItem())
          .add(
              new Deal(
                  o.getItem(),
                  offer,
                  new Utility.Score(
                      o.getUtilityPrice(), o.getUtilityDelivery(), o.getUtilityMerchant()),
                  o.getRounds()));
      if (!"AGREED".equals(o.getStatus()) && !"PASSED".equals(o.getStatus())) {
        selected[o.getItem()] = o.getRank();
        explanations.set(o.getItem(), o.getExplanation() == null ? "" : o.getExplanation());
      }
    }
    List<Transcript.Entry> entries = new ArrayList<>();
    for (TranscriptEntryRecord t : transcript(id)) {
      entries.add(
          new Transcript.Entry(
              t.getSeq(),
              t.getAt(),
              t.getItem(),
              t.getRound(),
              Transcript.Kind.valueOf(t.getKind()),
              t.getFromParty(),
              t.getToParty(),
              t.getText(),
              t.getUnitPriceMinor(),
              t.getQuantity()));
    }
    return Negotiation.restore(
        terms, strategy, utility, a.getSeed(), agreements, selected, explanations, entries);
  }

  /** Destroys the agent's sealed communication key (its certificate stays, for the record). */
  public void destroyKey(UUID id, Instant now) {
    AgentKeyRecord k = em.find(AgentKeyRecord.class, id);
    if (k != null && k.getSealedKey() != null) {
      k.setSealedKey(null);
      k.setDestroyedAt(now);
    }
  }

  /** Creates the agent's record, moving the reserved key to it. */
  public void create(
      AgentRecord agent, MandateRecord mandate, String chainPem, String serial, Instant now) {
    var reservation =
        em.find(
            org.agentset.db.ans.AgentKeyReservation.class,
            agent.getId(),
            LockModeType.PESSIMISTIC_WRITE);
    if (reservation == null || reservation.isUsed() || reservation.getSealedKey() == null) {
      throw new org.agentset.ans.trust.AgentProblem(
          "agent-id", 422, "The agent id was not reserved here, or is used already.");
    }
    em.persist(agent);
    em.persist(mandate);
    em.persist(new AgentKeyRecord(agent.getId(), reservation.getSealedKey(), chainPem, serial));
    reservation.setSealedKey(null);
    reservation.setUsed(true);
    em.flush();
    event(
        agent,
        "state",
        "Agent created under mandate "
            + mandate.getMandateId()
            + "; its certificate "
            + serial
            + " is valid until the mandate's deadline "
            + mandate.getNotAfter()
            + ".",
        now);
  }

  public void reserve(UUID id, byte[] sealedKey, byte[] csr, Instant now, Instant expires) {
    em.persist(new org.agentset.db.ans.AgentKeyReservation(id, sealedKey, csr, now, expires));
  }

  public org.agentset.db.ans.AgentKeyReservation reservation(UUID id) {
    return em.find(org.agentset.db.ans.AgentKeyReservation.class, id);
  }

  /** Destroys the keys of reservations never used before they expired. */
  public int expireReservations(Instant now) {
    return em.createQuery(
            "update AgentKeyReservation r set r.sealedKey = null where r.expiresAt < :now and"
                + " r.sealedKey is not null")
        .setParameter("now", now)
        .executeUpdate();
  }

  /**
   * Marks the selected agreement of a line after a decline (the earlier ones stay DECLINED or
   * PASSED).
   */
  public void reselect(UUID id, int item, int rank, String explanation) {
    for (OfferRecord o : offers(id)) {
      if (o.getItem() == item && o.getRank() < rank && "AGREED".equals(o.getStatus())) {
        o.setStatus("PASSED");
      }
    }
    OfferRecord o = offer(id, item, rank);
    o.setStatus("SELECTED");
    o.setExplanation(explanation);
  }

  /** Step I done for an offer: the merchant server's order. */
  public void ordered(long offerId, String orderId, String lidM, String callbackToken) {
    OfferRecord o = em.find(OfferRecord.class, offerId);
    o.setStatus("ORDERED");
    o.setOrderId(orderId);
    o.setLidM(lidM);
    o.setCallbackToken(callbackToken);
  }

  /**
   * Step III: the outcome of an offer that is {@code ORDERED} (or {@code SELECTED}, when the
   * merchant refused to open the order). Returns false when the offer already has an outcome — a
   * repeated event changes nothing.
   */
  public boolean outcome(long offerId, String status, String xid, String reason) {
    OfferRecord o = em.find(OfferRecord.class, offerId, LockModeType.PESSIMISTIC_WRITE);
    if (!"ORDERED".equals(o.getStatus()) && !"SELECTED".equals(o.getStatus())) {
      return false;
    }
    o.setStatus(status);
    if (xid != null) {
      o.setXid(xid);
    }
    o.setOutcomeReason(reason);
    return true;
  }

  /**
   * An ordered offer whose order lapsed unpaid goes back to SELECTED; false if it was not ORDERED.
   */
  public boolean lapse(long offerId, String reason) {
    OfferRecord o = em.find(OfferRecord.class, offerId, LockModeType.PESSIMISTIC_WRITE);
    if (!"ORDERED".equals(o.getStatus())) {
      return false;
    }
    o.setStatus("SELECTED");
    o.setOutcomeReason(reason);
    return true;
  }

  /**
   * Voids every payment start of an offer whose order lapsed, acknowledged or not: the order it
   * pointed at is gone, so it is no longer sent, and the new order gets its own. (The wallet may
   * well have acknowledged the old one as received and then failed to pay — e.g. the merchant's SET
   * desk was not open yet; keeping that start would leave the new order without a payment start,
   * the agent waiting until its deadline.) When the wallet acknowledged, its time and reason stay.
   */
  public void voidPaymentStarts(long offerId, Instant now) {
    em.createQuery(
            "update PaymentStartRecord p set p.ackedAt = coalesce(p.ackedAt, :now),"
                + " p.ackOutcome = 'VOID' where p.offerId = :o"
                + " and (p.ackOutcome is null or p.ackOutcome <> 'VOID')")
        .setParameter("now", now)
        .setParameter("o", offerId)
        .executeUpdate();
  }

  /**
   * Queues the payment start of an ordered offer unless the offer already has a live one (the
   * agent's step I and the sweeper's retry may both try; the database's unique index on live starts
   * per offer decides). Returns its id, or empty when another was there first.
   */
  public Optional<UUID> queuePaymentStart(
      UUID agent, long offerId, String walletHash, byte[] message, Instant now) {
    UUID id = UUID.randomUUID();
    int inserted =
        em.createNativeQuery(
                "insert into ans.payment_start (id, agent_id, offer_id, wallet_cert_hash, message,"
                    + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (offer_id) where"
                    + " ack_outcome is null or ack_outcome <> 'VOID' do nothing")
            .setParameter(1, id)
            .setParameter(2, agent)
            .setParameter(3, offerId)
            .setParameter(4, walletHash)
            .setParameter(5, message)
            .setParameter(6, now)
            .executeUpdate();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }

  /** Whether an ordered offer has its payment start queued. */
  public boolean hasPaymentStart(long offerId) {
    return !em.createQuery(
            "select p.id from PaymentStartRecord p where p.offerId = :o"
                + " and (p.ackOutcome is null or p.ackOutcome <> 'VOID')",
            UUID.class)
        .setParameter("o", offerId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Payment starts the wallet has not acknowledged, of agents still awaiting payment. */
  public List<org.agentset.db.ans.PaymentStartRecord> pendingPaymentStarts(String walletHash) {
    return em.createQuery(
            "select p from PaymentStartRecord p, AgentRecord a where p.agentId = a.id and"
                + " p.walletCertHash = :w and p.ackedAt is null and a.state = :s order by"
                + " p.createdAt",
            org.agentset.db.ans.PaymentStartRecord.class)
        .setParameter("w", walletHash)
        .setParameter("s", AgentRecord.State.AWAITING_PAYMENT)
        .getResultList();
  }

  public org.agentset.db.ans.PaymentStartRecord paymentStart(UUID id) {
    return em.find(
        org.agentset.db.ans.PaymentStartRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Ordered offers whose payment start could not be built yet (the SET initiation was pending). */
  public List<OfferRecord> orderedWithoutPaymentStart() {
    return em.createQuery(
            "select o from OfferRecord o, AgentRecord a where o.agentId = a.id and o.status ="
                + " 'ORDERED' and a.state = :s and not exists (select p.id from PaymentStartRecord"
                + " p where p.offerId = o.id and (p.ackOutcome is null or p.ackOutcome <> 'VOID'))",
            OfferRecord.class)
        .setParameter("s", AgentRecord.State.AWAITING_PAYMENT)
        .getResultList();
  }

  /** Live agents whose mandate deadline has passed. */
  public List<UUID> overdue(Instant now) {
    return em.createQuery(
            "select a.id from AgentRecord a where a.state in :s and a.notAfter < :now", UUID.class)
        .setParameter("s", LIVE)
        .setParameter("now", now)
        .getResultList();
  }

  /** Agents of a customer (by wallet certificate hash or customer name), newest first. */
  public List<AgentRecord> agents(String customer, int max) {
    var q =
        customer == null
            ? em.createQuery(
                "select a from AgentRecord a order by a.createdAt desc", AgentRecord.class)
            : em.createQuery(
                    "select a from AgentRecord a where a.customer = :c order by a.createdAt desc",
                    AgentRecord.class)
                .setParameter("c", customer);
    return q.setMaxResults(max).getResultList();
  }

  /** Agents created by one wallet (by its certificate's hash), newest first. */
  public List<AgentRecord> agentsOfWallet(String walletHash, int max) {
    return em.createQuery(
            "select a from AgentRecord a where a.walletCertHash = :w order by a.createdAt desc",
            AgentRecord.class)
        .setParameter("w", walletHash)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many agents are in each state. */
  public java.util.Map<String, Long> countByState() {
    java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (AgentRecord.State s : AgentRecord.State.values()) {
      out.put(s.name(), 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select a.state, count(a) from AgentRecord a group by a.state", Object[].class)
            .getResultList()) {
      out.put(((AgentRecord.State) row[0]).name(), (Long) row[1]);
    }
    return out;
  }

  /** Agents that were alive when the server stopped. */
  public List<UUID> live() {
    return em.createQuery(
            "select a.id from AgentRecord a where a.state in :s order by a.createdAt", UUID.class)
        .setParameter("s", LIVE)
        .getResultList();
  }

  private void event(AgentRecord a, String kind, String text, Instant now) {
    int seq =
        em.createQuery(
                    "select coalesce(max(e.seq), 0) from AgentEvent e where e.agentId = :a",
                    Integer.class)
                .setParameter("a", a.getId())
                .getSingleResult()
            + 1;
    em.persist(
        new AgentEvent(a.getId(), seq, now, kind, a.getState().name(), text == null ? "" : text));
    em.flush();
  }
}
