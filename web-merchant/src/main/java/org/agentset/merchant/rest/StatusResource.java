package org.agentset.merchant.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import org.agentset.db.Party;
import org.agentset.db.PartyStatusResource;
import org.agentset.db.merchant.Merchant;

/** {@code GET api/status}: the merchant server and the merchants in its schema. */
@Path("status")
@RequestScoped
public class StatusResource extends PartyStatusResource {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  public StatusResource() {
    super("merchant server", Party.MERCHANT, Merchant.class, "merchants");
  }

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
