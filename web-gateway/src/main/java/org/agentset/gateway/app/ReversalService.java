package org.agentset.gateway.app;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.time.Instant;
import java.util.logging.Logger;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.set.asn1.gateway.AuthRevCode;
import org.agentset.set.msg.AuthorisationReversal;
import org.agentset.set.msg.SetProtocolException;

/**
 * AuthRevReq to AuthRevRes: set-core verifies the request and its CapToken; an authorisation the
 * gateway holds AUTHORISED for this merchant is reversed at the issuer (0400 under a fresh trace,
 * naming the recorded authorisation; an unanswered reversal is repeated by the adapter as 0420
 * until acknowledged) and recorded REVERSED. Anything else (unknown, captured, already reversed,
 * another merchant's) is answered invalidTransaction and changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReversalService {

  private static final Logger LOG = Logger.getLogger(ReversalService.class.getName());

  /** A verified request and the record to reverse, if any. */
  public record Planned(AuthorisationReversal.Request request, Long transactionId) {}

  @EJB private TransactionStore store;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  public byte[] reverse(GatewayEngine.Engine engine, RecordPolicy policy, byte[] authRevReq)
      throws Refused {
    Planned planned = store.verifyReversal(engine, authRevReq);
    AuthorisationReversal.Request r = planned.request();
    AuthRevCode outcome = r.result();
    if (outcome == AuthRevCode.APPROVED && planned.transactionId() == null) {
      outcome = AuthRevCode.INVALID_TRANSACTION;
    }
    if (outcome == AuthRevCode.APPROVED) {
      PaymentTransaction t = store.find(r.xid(), r.authRrpid()).orElseThrow();
      BankResult result = null;
      try (BankConnection c = bank.getConnection()) {
        result =
            c.reverse(
                new ReversalRequest(
                    CaptureService.authorisation(policy, t),
                    RecordPolicy.trace(store.stanInNewTransaction(), Instant.now())));
      } catch (ResourceException e) {
        LOG.warning(() -> "Bank network unreachable for a reversal: " + e.getMessage());
      }
      if (result == null) {
        outcome = AuthRevCode.SYSTEM_ERROR;
      } else if (result.outcome() == Outcome.DECLINED) {
        outcome = AuthRevCode.INVALID_TRANSACTION;
      } else {
        String reason =
            result.outcome() == Outcome.UNKNOWN
                ? "reversed at the merchant's request; the adapter repeats it until acknowledged"
                : "reversed at the merchant's request";
        try {
          store.move(t.getId(), "AUTHORISED", "REVERSED", reason, Instant.now());
        } catch (IllegalStateException | jakarta.ejb.EJBException moved) {
          outcome = AuthRevCode.INVALID_TRANSACTION;
        }
      }
    }
    try {
      return engine.reversal().response(r, outcome, engine.signature()).getDerEncoded();
    } catch (SetProtocolException e) {
      throw new Refused(e);
    }
  }
}
