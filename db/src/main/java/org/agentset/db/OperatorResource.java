package org.agentset.db;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Base of each staffed party's {@code GET api/operator}: who is signed in and which of the party's
 * roles they hold. The WAR's {@code web.xml} guards the path and its {@code jboss-web.xml} names the
 * party's Elytron domain, so a request only reaches this method authenticated against that party's
 * own operator table; a subclass adds {@code @Path} and lists the party's roles.
 */
public abstract class OperatorResource {

  /** The answer: the operator's name and the party roles they hold. */
  public record Operator(String username, List<String> roles) {}

  private final List<String> partyRoles;

  protected OperatorResource(String... partyRoles) {
    this.partyRoles = List.of(partyRoles);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Operator operator(@Context SecurityContext security) {
    return new Operator(
        security.getUserPrincipal().getName(),
        partyRoles.stream().filter(security::isUserInRole).toList());
  }
}
