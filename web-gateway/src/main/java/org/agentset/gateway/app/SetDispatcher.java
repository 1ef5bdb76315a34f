package org.agentset.gateway.app;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.logging.Logger;
import org.agentset.gateway.app.CaDirectory.CaUnavailableException;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;

/**
 * Reads a SET message's wrapper, sends it to the service for its type, and turns every refusal into
 * a SET Error (signed with the gateway's signature key when it has one), recording the refusal with
 * its reason. A message the gateway cannot process yet (no certified keys, CA unreachable) is
 * answered with an unspecified-failure Error and recorded likewise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SetDispatcher {

  private static final Logger LOG = Logger.getLogger(SetDispatcher.class.getName());

  /** What to send back. */
  public record Answer(byte[] body, boolean error) {}

  @EJB private GatewayEngine engines;
  @EJB private GatewayKeyRing keyRing;
  @EJB private AuthorisationService authorisations;
  @EJB private CaptureService captures;
  @EJB private CreditService credits;
  @EJB private ReversalService reversals;
  @EJB private TransactionStore store;

  public Answer handle(byte[] body) {
    MessageWrapper wrapper;
    try {
      wrapper = MessageWrapper.parse(body, DerLimits.DEFAULT);
    } catch (RuntimeException e) {
      return refuse(
          body, "unreadable", null, new SetProtocolException(Refusal.DECODING, "MessageWrapper"));
    }
    MessageHeader header = wrapper.getMessageHeader();
    MessageType type = wrapper.getMessage().getType();
    byte[] xid = header.getMessageIds() == null ? null : header.getMessageIds().getXid();
    byte[] rrpid = header.getRrpid();
    GatewayEngine.Engine engine;
    try {
      Optional<GatewayEngine.Engine> e =
          keyRing.keys().isPresent() ? engines.engine(keyRing.keys().get()) : Optional.empty();
      if (e.isEmpty()) {
        return refuse(
            body,
            type.name(),
            header,
            new SetProtocolException(
                Refusal.CERTIFICATE_MISSING, "gateway not enrolled with the CA yet"));
      }
      engine = e.get();
    } catch (CaUnavailableException e) {
      LOG.warning(e.getMessage());
      return refuse(
          body,
          type.name(),
          header,
          new SetProtocolException(Refusal.CERTIFICATE_INVALID, "CA revocation data unavailable"));
    }
    RecordPolicy policy =
        new RecordPolicy(
            engines.settings().panKey(),
            engines.settings().terminalId(),
            engines.settings().merchantCategory());
    try {
      byte[] answer =
          switch (type) {
            case AUTHORIZATION_REQUEST ->
                authorisations.authorise(engine, policy, body, xid, rrpid);
            case CAPTURE_REQUEST -> captures.capture(engine, policy, body, rrpid);
            case CREDIT_REQUEST -> credits.credit(engine, policy, body, rrpid);
            case PCERT_REQUEST -> certificates(engine, body);
            case AUTH_REVERSAL_REQUEST -> reversals.reverse(engine, policy, body);
            default ->
                throw new Refused(
                    new SetProtocolException(
                        Refusal.UNEXPECTED_MESSAGE, "Message." + type.alternative()));
          };
      return new Answer(answer, false);
    } catch (Refused r) {
      return refuse(body, type.name(), header, r.refusal());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return refuse(
          body, type.name(), header, new SetProtocolException(Refusal.DECODING, "interrupted"));
    }
  }

  /** PCertReq: the gateway's certificates for the brand it serves. */
  private static byte[] certificates(GatewayEngine.Engine engine, byte[] body) throws Refused {
    try {
      return engine
          .certificates()
          .answer(body, engine.signature(), engine.keyExchange(), java.util.Set.of("AgentCard"))
          .getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
  }

  /** The Error for a body that is not {@code application/set-payment}. */
  public Answer refuseMediaType() {
    return refuse(
        new byte[0],
        "unknown",
        null,
        new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "Content-Type"));
  }

  /** The Error for an oversized body. */
  public Answer refuseOversized() {
    return refuse(
        new byte[0], "unknown", null, new SetProtocolException(Refusal.DECODING, "body too large"));
  }

  /** The Error for a failure of the gateway itself (nothing was changed). */
  public Answer internalError() {
    return new Answer(
        errors()
            .unsigned(new byte[0], new SetProtocolException(Refusal.LINK_MISMATCH, "internal"))
            .getDerEncoded(),
        true);
  }

  private Answer refuse(byte[] body, String type, MessageHeader header, SetProtocolException e) {
    byte[] xid =
        header == null || header.getMessageIds() == null ? null : header.getMessageIds().getXid();
    byte[] rrpid = header == null ? null : header.getRrpid();
    store.refused(type, xid, rrpid, e, java.time.Instant.now());
    LOG.info(() -> "Refused " + type + ": " + e.refusal() + " at " + e.field());
    MessageWrapper error;
    Optional<GatewayEngine.Engine> engine = currentEngine();
    if (engine.isPresent()) {
      try {
        error = engine.get().errors().signed(body, e, engine.get().signature());
      } catch (SetProtocolException signing) {
        error = engine.get().errors().unsigned(body, e);
      }
    } else {
      error = errors().unsigned(body, e);
    }
    return new Answer(error.getDerEncoded(), true);
  }

  private Optional<GatewayEngine.Engine> currentEngine() {
    try {
      return keyRing.keys().isPresent() ? engines.engine(keyRing.keys().get()) : Optional.empty();
    } catch (CaUnavailableException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** SetErrors for unsigned Errors, when the gateway has no engine. */
  private SetErrors errors() {
    return new SetErrors(
        new PartyContext(
            engines.suite(),
            new java.security.SecureRandom(),
            new org.agentset.set.msg.Freshness(
                java.time.Clock.systemUTC(),
                java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(5)),
            new org.agentset.set.msg.CertificateTrust(
                engines.provider(),
                new org.agentset.set.cert.SetPathValidator(
                    engines.provider(), java.time.Clock.systemUTC(), java.util.List.of()),
                () -> org.agentset.set.cert.RevocationData.crlsOnly(java.util.List.of()),
                java.util.List.of()),
            (k, id, until) -> false,
            "AgentSET-gateway/0.1"));
  }
}
