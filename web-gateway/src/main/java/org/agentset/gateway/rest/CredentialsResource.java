package org.agentset.gateway.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.agentset.gateway.app.GatewayKeyRing;
import org.agentset.gateway.app.KeyMaterial;

/**
 * The gateway's own certificates ({@code /gateway/api/credentials}, role {@code gateway-operator}):
 * {@code GET requests} gives the PKCS#10 requests for the signature and key-exchange keys (the keys
 * are generated on first call and never leave the gateway); {@code POST} installs the certificates
 * the CA issued for them ({@code {"signature": PEM, "keyExchange": PEM}}); {@code GET} shows what
 * is installed. This is the acquirer-assisted enrolment path; errors are RFC 9457 problem+json.
 */
@Path("credentials")
public class CredentialsResource {

  /** The certificates to install. */
  public record Install(String signature, String keyExchange) {}

  @EJB private GatewayKeyRing keyRing;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response status() {
    List<X509Certificate> certs = keyRing.certificates();
    if (certs.isEmpty()) {
      return Response.ok(Map.of("certified", false)).build();
    }
    return Response.ok(
            Map.of(
                "certified", true,
                "signature", KeyMaterial.pem(certs.get(0)),
                "keyExchange", KeyMaterial.pem(certs.get(1))))
        .build();
  }

  @GET
  @Path("requests")
  @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
  public Response requests() {
    if (keyRing.certified()) {
      return problem(
          409,
          "Already certified",
          "The gateway's keys are certified; a key is never certified twice.");
    }
    return keyRing
        .certificationRequests()
        .map(
            r ->
                Response.ok(Map.of("signature", r.signature(), "keyExchange", r.keyExchange()))
                    .build())
        .orElseGet(
            () ->
                problem(
                    503,
                    "No gateway keys",
                    "agentset.gateway.keystore-password is not configured, so the gateway keeps no"
                        + " keys"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
  public Response install(Install body) {
    if (body == null || body.signature() == null || body.keyExchange() == null) {
      return problem(400, "Certificates missing", "Give signature and keyExchange as PEM.");
    }
    try {
      List<X509Certificate> sig = KeyMaterial.certificates(body.signature());
      List<X509Certificate> kx = KeyMaterial.certificates(body.keyExchange());
      if (sig.isEmpty() || kx.isEmpty()) {
        return problem(400, "Certificates missing", "Each PEM must hold the certificate first.");
      }
      keyRing.install(sig.get(0), kx.get(0));
      return status();
    } catch (IllegalArgumentException e) {
      return problem(400, "Certificate refused", e.getMessage());
    } catch (IllegalStateException e) {
      return problem(503, "No gateway keys", e.getMessage());
    }
  }

  static Response problem(int status, String title, String detail) {
    return Response.status(status)
        .type("application/problem+json")
        .entity(Map.of("title", title, "status", status, "detail", String.valueOf(detail)))
        .build();
  }
}
