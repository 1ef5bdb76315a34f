package org.agentset.merchant.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agentset.db.merchant.Merchant;
import org.agentset.merchant.catalogue.Catalogue;
import org.agentset.merchant.infra.MerchantConfig;

/**
 * The merchant-agent API's read side: the hosted merchants (public) and each merchant's catalogue
 * feed with its negotiation parameters (bearer token of that merchant).
 */
@Path("merchants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MerchantsResource {

  @Inject private Catalogue catalogue;
  @Inject private ApiCaller caller;
  @Inject private MerchantConfig config;

  /** A hosted merchant. */
  public record MerchantSummary(
      String code,
      String name,
      String tagline,
      String currency,
      String brand,
      String setEndpoint) {}

  /** A category of the feed. */
  public record CategoryRef(String slug, String name) {}

  /** The catalogue feed. */
  public record Feed(
      String merchant,
      String currency,
      String brand,
      List<CategoryRef> categories,
      List<CatalogueItem> items) {}

  @GET
  public List<MerchantSummary> merchants() {
    String set = config.settings().setEndpoint().toString();
    return catalogue.merchants().stream()
        .map(
            m ->
                new MerchantSummary(
                    m.getCode(), m.getName(), m.getTagline(), m.getCurrency(), m.getBrand(), set))
        .toList();
  }

  @GET
  @Path("{code}/catalogue")
  public Feed catalogue(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("query") String query,
      @QueryParam("category") String category) {
    Merchant m = caller.authorise(code, authorization);
    if (query != null && query.length() > 200) {
      throw Problem.of(400, "bad-query", "Bad query", "query is longer than 200 characters")
          .exception();
    }
    String base = config.settings().merchantUrl().toString();
    return new Feed(
        m.getCode(),
        m.getCurrency(),
        m.getBrand(),
        catalogue.categories(m).stream()
            .map(c -> new CategoryRef(c.getSlug(), c.getName()))
            .toList(),
        catalogue.products(m, category, query).stream()
            .map(p -> CatalogueItem.of(p, base))
            .toList());
  }

  @GET
  @Path("{code}/catalogue/{sku}")
  public CatalogueItem item(
      @PathParam("code") String code,
      @PathParam("sku") String sku,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Merchant m = caller.authorise(code, authorization);
    return catalogue
        .product(m, sku)
        .filter(p -> p.isActive())
        .map(p -> CatalogueItem.of(p, config.settings().merchantUrl().toString()))
        .orElseThrow(
            () ->
                Problem.of(404, "unknown-sku", "Unknown product", m.getName() + " has no " + sku)
                    .exception());
  }
}
