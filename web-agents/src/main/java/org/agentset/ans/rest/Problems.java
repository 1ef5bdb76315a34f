package org.agentset.ans.rest;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.ans.trust.AgentProblem;

/**
 * Every refusal of the API as RFC 9457 {@code application/problem+json}: {@code type} names the
 * problem (documented slugs), {@code detail} says what to fix. Unexpected failures answer 500 with
 * a generic detail (the log has the rest); no stack trace ever reaches a client.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /** The media type of problems. */
  public static final String TYPE = "application/problem+json";

  /** The base of problem type URIs. */
  public static final String BASE = "https://agentset.example/problems/";

  @Override
  public Response toResponse(Throwable e) {
    Throwable t = e;
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof AgentProblem p) {
      return of(p.status(), p.type(), p.getMessage());
    }
    if (t instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return of(
          status,
          status == 404 ? "not-found" : status == 405 ? "method-not-allowed" : "http-" + status,
          w.getMessage() == null ? "HTTP " + status : w.getMessage());
    }
    LOG.log(Level.WARNING, "unexpected failure answering an API call", t);
    return of(
        500,
        "internal",
        "The agent server failed to answer; the failure is logged. Nothing was changed by a refused"
            + " call.");
  }

  /** A problem answer. */
  public static Response of(int status, String type, String detail) {
    return Response.status(status).type(TYPE).entity(body(status, type, detail)).build();
  }

  static String body(int status, String type, String detail) {
    return Json.createObjectBuilder()
        .add("type", BASE + type)
        .add("title", title(type))
        .add("status", status)
        .add("detail", detail == null ? "" : detail)
        .build()
        .toString();
  }

  private static String title(String type) {
    String t = type.replace('-', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
