package org.agentset.ans.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /ans/api/openapi.yaml}: the API's contract, written by hand beside the resources (the
 * suite's one EAR holds several WARs, so the server's per-deployment OpenAPI document would mix
 * every party's API).
 */
@Path("openapi.yaml")
public class OpenApiResource {

  @GET
  @Produces("application/yaml")
  public String yaml() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream("/META-INF/ans-openapi.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
