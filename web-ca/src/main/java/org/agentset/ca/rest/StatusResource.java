package org.agentset.ca.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import org.agentset.db.Party;
import org.agentset.db.PartyStatusResource;
import org.agentset.db.ca.CertificateRecord;

/** {@code GET api/status}: the certificate authority and the certificates in its schema. */
@Path("status")
@RequestScoped
public class StatusResource extends PartyStatusResource {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  public StatusResource() {
    super("certificate authority", Party.CA, CertificateRecord.class, "certificates");
  }

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
