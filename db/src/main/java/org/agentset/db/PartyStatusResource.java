package org.agentset.db;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Base of each party's {@code GET api/status}: names the party and counts its main records, read
 * through the party's own persistence unit. A subclass adds {@code @Path} and injects its unit.
 */
public abstract class PartyStatusResource {

  /** The answer: which party, which schema, and how many of its main records it holds. */
  public record Status(String party, String schema, String records, long count) {}

  private final String partyName;
  private final Party party;
  private final Class<?> recordType;
  private final String recordName;

  protected PartyStatusResource(
      String partyName, Party party, Class<?> recordType, String recordName) {
    this.partyName = partyName;
    this.party = party;
    this.recordType = recordType;
    this.recordName = recordName;
  }

  /** The party's own entity manager. */
  protected abstract EntityManager entityManager();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Status status() {
    long count =
        entityManager()
            .createQuery("select count(e) from " + recordType.getSimpleName() + " e", Long.class)
            .getSingleResult();
    return new Status(partyName, party.schema(), recordName, count);
  }
}
