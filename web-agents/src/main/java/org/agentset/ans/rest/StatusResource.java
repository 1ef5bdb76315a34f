package org.agentset.ans.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import org.agentset.db.Party;
import org.agentset.db.PartyStatusResource;
import org.agentset.db.ans.AgentRecord;

/** {@code GET api/status}: the Agent Negotiation Server and the agents in its schema. */
@Path("status")
@RequestScoped
public class StatusResource extends PartyStatusResource {

  @PersistenceContext(unitName = "ans")
  private EntityManager em;

  public StatusResource() {
    super("Agent Negotiation Server", Party.ANS, AgentRecord.class, "agents");
  }

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
