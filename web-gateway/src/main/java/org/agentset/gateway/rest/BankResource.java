package org.agentset.gateway.rest;

import jakarta.annotation.Resource;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.EchoResult;

/**
 * {@code GET api/bank/echo}: an ISO 8583 echo through the bank connector, so an operator (and the
 * tests) can see that the gateway reaches the interchange network through the pooled adapter.
 */
@Path("bank")
public class BankResource {

  /** What the echo found: the network's response code, the trace number and the round trip. */
  public record Echo(boolean up, String responseCode, String stan, long roundTripMicros) {
    static Echo of(EchoResult r) {
      return new Echo(r.up(), r.responseCode(), r.stan(), r.roundTrip().toNanos() / 1_000);
    }
  }

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  @GET
  @Path("echo")
  @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
  public Response echo() {
    try (BankConnection connection = bank.getConnection()) {
      return Response.ok(Echo.of(connection.echo()), MediaType.APPLICATION_JSON).build();
    } catch (ResourceException e) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .type("application/problem+json")
          .entity(
              Map.of(
                  "title",
                  "Bank network unreachable",
                  "status",
                  503,
                  "detail",
                  String.valueOf(e.getMessage())))
          .build();
    }
  }
}
