package org.agentset.gateway.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import org.agentset.db.Party;
import org.agentset.db.PartyStatusResource;
import org.agentset.db.gateway.PaymentTransaction;

/** {@code GET api/status}: the payment gateway and the transactions in its schema. */
@Path("status")
@RequestScoped
public class StatusResource extends PartyStatusResource {

  @PersistenceContext(unitName = "gateway")
  private EntityManager em;

  public StatusResource() {
    super("payment gateway", Party.GATEWAY, PaymentTransaction.class, "transactions");
  }

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
