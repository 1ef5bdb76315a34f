package org.agentset.merchant.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.agentset.db.merchant.Merchant;
import org.agentset.merchant.catalogue.Catalogue;

/**
 * Authenticates a merchant agent's call: the bearer token's SHA-256 must be an unrevoked token of
 * the merchant named in the path. 401 without a valid token, 403 for another merchant's token, 404
 * for an unknown merchant.
 */
@RequestScoped
public class ApiCaller {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @jakarta.inject.Inject private Catalogue catalogue;

  /** The merchant {@code code}, if {@code authorization} carries one of its tokens. */
  public Merchant authorise(String code, String authorization) {
    Merchant merchant =
        catalogue
            .merchant(code)
            .orElseThrow(
                () ->
                    Problem.of(404, "unknown-merchant", "Unknown merchant", "No merchant " + code)
                        .exception());
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw unauthorised("Send Authorization: Bearer <the merchant's API token>.");
    }
    String token = authorization.substring(7).strip();
    if (token.isEmpty() || token.length() > 200) {
      throw unauthorised("The bearer token is malformed.");
    }
    @SuppressWarnings("unchecked")
    List<Object> owners =
        em.createNativeQuery(
                "select merchant_id from merchant.api_token where token_hash = ?1 and not revoked")
            .setParameter(1, sha256(token))
            .getResultList();
    if (owners.isEmpty()) {
      throw unauthorised("The bearer token is not valid.");
    }
    if (((Number) owners.get(0)).longValue() != merchant.getId()) {
      throw Problem.of(
              403, "wrong-merchant", "Forbidden", "This token belongs to another merchant.")
          .exception();
    }
    return merchant;
  }

  private static jakarta.ws.rs.WebApplicationException unauthorised(String detail) {
    Problem p = Problem.of(401, "unauthorised", "Unauthorised", detail);
    return new jakarta.ws.rs.WebApplicationException(
        detail,
        Response.status(401)
            .type(Problem.MEDIA_TYPE)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"merchant-api\"")
            .entity(p)
            .build());
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
