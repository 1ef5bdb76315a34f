package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agentset.it.LatencyStats;
import org.agentset.it.LoadDriver;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand only ({@code -Dit.test=MerchantBenchmarkIT}; the build excludes {@code *BenchmarkIT}):
 * storefront page latency (shop home, category, product, search, picture) and the merchant-agent
 * API (catalogue feed, order creation with its stock reservation), each with warm-up, by a load
 * driver of {@code merchant.bench.threads} threads (default 4) in this JVM. Prints throughput and
 * p50/p90/p99 and writes {@code target/merchant-bench.txt}. Asserts only that every call answered
 * as it should — never a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantBenchmarkIT {

  private static final int N = Integer.getInteger("merchant.bench.requests", 2000);
  private static final int THREADS = Integer.getInteger("merchant.bench.threads", 4);
  private static final String BASE = System.getProperty("agentset.it.http") + "/merchant";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void storefrontAndAgentApiLatency() throws Exception {
    List<LatencyStats> results = new ArrayList<>();
    results.add(page("shop home", "/shop.xhtml?m=nordlicht-books"));
    results.add(page("category page", "/category.xhtml?m=voltaic-parts&c=sensors"));
    results.add(page("product page", "/product.xhtml?m=herbarium-tea&sku=HT-GRE-001"));
    results.add(page("search", "/search.xhtml?m=nordlicht-books&q=map"));
    results.add(page("product picture (SVG)", "/img/voltaic-parts/VP-BOA-001.svg"));
    results.add(
        measure(
            "API catalogue feed",
            N,
            i ->
                MerchantApi.get("/merchants/voltaic-parts/catalogue", MerchantApi.VOLTAIC_TOKEN)
                        .status()
                    == 200));
    String terms =
        MerchantApiIT.terms(
            "VP-COM-006", 1, new BigDecimal("4.50"), "EUR", "http://127.0.0.1:9/none", "bench");
    int orders = Math.min(N, 150); // stock of VP-COM-006 is 280, warm-up included
    results.add(
        measure(
            "API create order",
            orders,
            i ->
                MerchantApi.post(
                            "/merchants/voltaic-parts/orders",
                            MerchantApi.VOLTAIC_TOKEN,
                            "bench-" + UUID.randomUUID(),
                            terms)
                        .status()
                    == 201));
    results.add(setPurchases());
    StringBuilder report =
        new StringBuilder(
            "AgentSET merchant server benchmark ("
                + Runtime.getRuntime().availableProcessors()
                + " cores, client and server on one machine)\n");
    results.forEach(r -> report.append(r).append('\n'));
    System.out.println(report);
    Files.writeString(Path.of("target", "merchant-bench.txt"), report);
    assertThat(results).allSatisfy(r -> assertThat(r.operations()).isPositive());
  }

  /**
   * SET purchases over HTTP: PInitReq→PInitRes and PReq→PRes at {@code /merchant/set}, the merchant
   * authorising through the real gateway and bank for each (one cardholder enrolled with the CA per
   * driver thread; orders created beforehand through the API, untimed).
   */
  private static LatencyStats setPurchases() throws Exception {
    int n = Integer.getInteger("merchant.bench.purchases", 60);
    List<org.agentset.set.msg.CardholderPurchase> holders = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      holders.add(SetShopper.cardholder(MerchantSetPurchaseIT.PAN, "Ada Lovelace"));
    }
    // wait until the shop takes payments (enrolment and the gateway's certificate)
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (SetShopper.isError(
        SetShopper.set(holders.get(0).initiate(voltaicOrder()).message().getDerEncoded()))) {
      assertThat(System.nanoTime()).as("the shop takes SET payments").isLessThan(deadline);
      Thread.sleep(3000);
    }
    // orders made now, paid at once (unpaid ones expire: the IT server keeps them 40 s)
    List<org.agentset.set.msg.PurchaseOrder> orders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      orders.add(voltaicOrder());
    }
    List<org.agentset.set.msg.PurchaseOrder> timed = List.copyOf(orders);
    return LoadDriver.run(
        "SET purchase (PInit + PReq, via gateway and bank)",
        LoadDriver.indices(n),
        THREADS,
        i -> {
          var holder = holders.get((int) (Thread.currentThread().getId() % THREADS));
          synchronized (holder) {
            var init = holder.initiate(timed.get(i));
            byte[] pInitRes = SetShopper.set(init.message().getDerEncoded());
            var preq = holder.purchaseRequest(init, pInitRes);
            byte[] pres = SetShopper.set(preq.message().getDerEncoded());
            return holder.verifyPurchaseResponse(preq, pres).authCode()
                == org.agentset.set.asn1.gateway.AuthCode.APPROVED;
          }
        });
  }

  private static org.agentset.set.msg.PurchaseOrder voltaicOrder() throws Exception {
    MerchantApi.Answer a =
        MerchantApi.post(
            "/merchants/voltaic-parts/orders",
            MerchantApi.VOLTAIC_TOKEN,
            "bench-set-" + UUID.randomUUID(),
            MerchantApiIT.terms(
                "VP-COM-001",
                1,
                new BigDecimal("9.90"),
                "EUR",
                "http://127.0.0.1:9/none",
                "bench"));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return new org.agentset.set.msg.PurchaseOrder(
        a.json().getString("orderDescription").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new org.agentset.set.asn1.msg.CurrencyAmount(978, 990, -2),
        "AgentCard",
        a.json().getString("lidM").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "en");
  }

  private static LatencyStats page(String name, String path) throws Exception {
    URI uri = URI.create(BASE + path);
    return measure(
        name,
        N,
        i ->
            HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200);
  }

  interface Call {
    boolean ok(int i) throws Exception;
  }

  private static LatencyStats measure(String name, int n, Call call) throws Exception {
    LoadDriver.run(
        name + " warm-up", LoadDriver.indices(Math.min(200, n / 5 + 1)), THREADS, call::ok);
    return LoadDriver.run(name, LoadDriver.indices(n), THREADS, call::ok);
  }
}
