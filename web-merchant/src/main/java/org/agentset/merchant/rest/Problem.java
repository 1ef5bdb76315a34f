package org.agentset.merchant.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem answer ({@code application/problem+json}); {@code errors} names each bad
 * field of a request.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** The base of problem type URIs. */
  public static final String TYPES = "https://agentset.example/problems/";

  /** One bad field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem of type {@code TYPES + slug}. */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(TYPES + slug, title, status, detail, List.of());
  }

  /** The response carrying this problem. */
  public Response response() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** Throwable form, for code paths that cannot return. */
  public WebApplicationException exception() {
    return new WebApplicationException(detail, response());
  }
}
