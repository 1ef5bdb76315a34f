package org.agentset.it.e2e;

import static org.agentset.it.wallet.WalletUnderTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.agentset.it.LatencyStats;
import org.agentset.it.LoadDriver;
import org.agentset.it.ProcessCpu;
import org.agentset.it.SuiteArchive;
import org.agentset.it.wallet.WalletUnderTest;
import org.agentset.set.msg.PurchaseCryptoFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand ({@code -Dit.test=DelegatedPurchaseBenchmarkIT}; the build excludes {@code
 * *BenchmarkIT}): the end-to-end load driver. With the deployed suite and one real wallet process,
 * it runs {@code e2e.bench.purchases} purchases (default 20) by {@code e2e.bench.threads} driver
 * threads (default 4) twice in the same run, after {@code e2e.bench.warm-up} of each (default N/4,
 * at least 10):
 *
 * <ul>
 *   <li><b>direct</b> — what the storefront's "Pay with my SET wallet" does: the merchant server
 *       opens the order and signs its SET initiation, the wallet shows it and pays with SET
 *       (PInitReq/PReq through merchant, gateway and bank);
 *   <li><b>delegated</b> — the customer's wallet signs a mandate for the same product and creates
 *       an autonomous agent; the agent server negotiates with the three demo merchants' agents, the
 *       chosen merchant opens the order (step I), the payment start reaches the wallet over the SAI
 *       channel, the wallet pays with SET (step II) and the completion event reaches the agent
 *       (step III), which ends PAID.
 * </ul>
 *
 * <p>It reports, per mode, purchases per second and latency percentiles; for delegated purchases
 * also per step (mandate to awaiting payment: negotiation and step I; awaiting payment to paid:
 * SAI, SET payment and step III), from the agent server's event records; the CPU per purchase of
 * every server-side process (WildFly, PostgreSQL, the wallet; the driver's JVM excluded) as a ratio
 * to the set-core crypto floor measured in this JVM in the same run; and the agent's overhead as
 * ratios to the direct purchase. Results in {@code target/e2e-bench.txt}. Asserts only that every
 * purchase ended paid, never a time. Memory per idle agent is {@code AnsCapacityBenchmarkIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DelegatedPurchaseBenchmarkIT {

  private static final int N = Integer.getInteger("e2e.bench.purchases", 20);
  private static final int THREADS = Integer.getInteger("e2e.bench.threads", 4);
  private static final int WARM_UP = Integer.getInteger("e2e.bench.warm-up", Math.max(10, N / 4));
  private static final String MERCHANT = "/merchant/api/merchants/voltaic-parts";
  private static final String TOKEN = "vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6"; // demo token
  private static final String DEMO_MERCHANTS = "nordlicht-books,voltaic-parts,herbarium-tea";
  // PIR Motion Sensor Module: 300 in stock, the only sensor whose floor price is within 2.80
  private static final String SKU = "VP-SEN-005";
  private static final String PRICE = "2.80";
  private static final String BASE = System.getProperty("agentset.it.http");
  private static final HttpClient EVENTS = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void delegatedPurchasesAgainstDirectOnesAndTheCryptoFloor() throws Exception {
    try (WalletUnderTest wallet = WalletUnderTest.start()) {
      wallet.enrolDemoCard();
      wallet.signedOrder(MERCHANT, TOKEN, SKU, PRICE); // waits for the shop's enrolment
      for (String shop : DEMO_MERCHANTS.split(",")) {
        WalletUnderTest.awaitSetPaymentsOpen(shop);
      }
      PurchaseCryptoFloor.Floor floor = PurchaseCryptoFloor.measure("p256", 200);

      // warm both paths first: until the JIT has compiled them, compilation is most of the CPU
      LoadDriver.run("warm-up direct", LoadDriver.indices(WARM_UP), THREADS, i -> direct(wallet));
      LoadDriver.run(
          "warm-up delegated",
          LoadDriver.indices(WARM_UP),
          THREADS,
          i -> delegated(wallet) != null);

      System.out.println("e2e-bench: floor measured, both paths warm; direct purchases now");
      ProcessCpu.Reading cpu = ProcessCpu.read(Map.of("wallet", wallet.process()));
      LatencyStats direct =
          LoadDriver.run(
              "direct (storefront + wallet)", LoadDriver.indices(N), THREADS, i -> direct(wallet));
      Map<String, Long> directCpu = cpu.since();

      System.out.println("e2e-bench: " + direct + "; delegated purchases now");
      List<UUID> agents = java.util.Collections.synchronizedList(new ArrayList<>());
      cpu = ProcessCpu.read(Map.of("wallet", wallet.process()));
      LatencyStats delegated =
          LoadDriver.run(
              "delegated (agent + wallet)",
              LoadDriver.indices(N),
              THREADS,
              i -> {
                UUID agent = delegated(wallet);
                return agent != null && agents.add(agent);
              });
      Map<String, Long> delegatedCpu = cpu.since();

      String report =
          report(floor, direct, directCpu, delegated, delegatedCpu, steps(agents, delegated));
      System.out.println(report);
      Files.writeString(Path.of("target", "e2e-bench.txt"), report);
      assertThat(agents).hasSize(N);
    }
  }

  /** One storefront-style purchase: the merchant opens the order, the wallet pays it with SET. */
  private static boolean direct(WalletUnderTest wallet) throws Exception {
    JsonObject order = wallet.signedOrder(MERCHANT, TOKEN, SKU, PRICE);
    HttpResponse<String> shown =
        wallet.call(
            "POST",
            "/api/checkout",
            "{\"initiation\":\"" + order.getString("setInitiation") + "\"}");
    if (shown.statusCode() != 200) {
      throw new AssertionError("checkout: " + shown.body());
    }
    HttpResponse<String> paid =
        wallet.call("POST", "/api/checkout/" + json(shown).getString("orderId") + "/pay", "{}");
    if (paid.statusCode() != 200 || !json(paid).getString("outcome").equals("AUTHORISED")) {
      throw new AssertionError("payment: " + paid.body());
    }
    return true;
  }

  /** One delegated purchase, from the wallet's mandate to the agent's PAID; returns the agent. */
  private static UUID delegated(WalletUnderTest wallet) throws Exception {
    String id =
        DelegatedPurchases.delegate(
            wallet,
            DelegatedPurchases.Shopping.ofCategory("sensors", 1, PRICE)
                .merchants(DEMO_MERCHANTS)
                .deadline(Instant.now().plus(Duration.ofHours(1))));
    // follow the agent as the customer's browser does (its event stream ends when the agent ends)
    HttpResponse<java.util.stream.Stream<String>> events =
        EVENTS.send(
            HttpRequest.newBuilder(URI.create(BASE + "/ans/api/agents/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5))
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    try (java.util.stream.Stream<String> lines = events.body()) {
      lines.forEach(line -> {});
    }
    JsonObject agent = DelegatedPurchases.agent(wallet, id);
    if (!agent.getString("state").equals("PAID")) {
      throw new AssertionError("agent " + id + " ended " + agent);
    }
    return UUID.fromString(id);
  }

  /**
   * Per step, from the agent server's records: creation to the first AWAITING_PAYMENT event
   * (negotiation and step I) and from there to the first PAID event (SAI, the wallet's SET payment,
   * step III).
   */
  private static List<LatencyStats> steps(List<UUID> agents, LatencyStats whole) throws Exception {
    long[] negotiation = new long[agents.size()];
    long[] payment = new long[agents.size()];
    try (Connection c = SuiteDb.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select extract(epoch from (min(e.at) filter (where e.state = 'AWAITING_PAYMENT')"
                    + " - a.created_at)) * 1e9, extract(epoch from (min(e.at) filter (where"
                    + " e.state = 'PAID') - min(e.at) filter (where e.state ="
                    + " 'AWAITING_PAYMENT'))) * 1e9 from ans.agent a join ans.agent_event e on"
                    + " e.agent_id = a.id where a.id = ? group by a.created_at")) {
      for (int i = 0; i < agents.size(); i++) {
        q.setObject(1, agents.get(i));
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).as("events of agent " + agents.get(i)).isTrue();
          negotiation[i] = rs.getLong(1);
          payment[i] = rs.getLong(2);
        }
      }
    }
    return List.of(
        new LatencyStats(
            "  mandate -> awaiting payment", agents.size(), THREADS, whole.seconds(), negotiation),
        new LatencyStats(
            "  awaiting payment -> paid", agents.size(), THREADS, whole.seconds(), payment));
  }

  /** Appends the CPU per purchase of each process; returns their sum in microseconds. */
  private static double perPurchase(Map<String, Long> cpuMillis, StringBuilder r, String mode) {
    double total = cpuMillis.values().stream().mapToLong(Long::longValue).sum() * 1000.0 / N;
    r.append(String.format(Locale.ROOT, "CPU per %s purchase: %.0f us (", mode, total));
    cpuMillis.forEach(
        (name, ms) -> r.append(String.format(Locale.ROOT, " %s %.0f", name, ms * 1000.0 / N)));
    r.append(" )\n");
    return total;
  }

  private static String report(
      PurchaseCryptoFloor.Floor floor,
      LatencyStats direct,
      Map<String, Long> directCpu,
      LatencyStats delegated,
      Map<String, Long> delegatedCpu,
      List<LatencyStats> steps) {
    StringBuilder r =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "AgentSET end-to-end benchmark (%d cores; driver, WildFly, PostgreSQL and the"
                    + " wallet on one machine; suite %s)%n",
                Runtime.getRuntime().availableProcessors(),
                floor.suite()));
    r.append("crypto floor, measured in this run (CPU us per operation):\n");
    floor
        .costs()
        .forEach(
            c ->
                r.append(
                    String.format(Locale.ROOT, "  %-34s %8.0f%n", c.operation(), c.cpuMicros())));
    r.append(
        String.format(
            Locale.ROOT,
            "  %-34s %8.0f%n  %-34s %8.0f%n",
            "SET purchase (all parties)",
            floor.purchase(),
            "delegated purchase (+ SAI)",
            floor.total()));
    r.append(direct).append('\n').append(delegated).append('\n');
    steps.forEach(s -> r.append(s).append('\n'));
    double directUs = perPurchase(directCpu, r, "direct");
    double delegatedUs = perPurchase(delegatedCpu, r, "delegated");
    r.append(
        String.format(
            Locale.ROOT,
            "CPU per purchase as a ratio to its floor: direct %.1f x, delegated %.1f x%n",
            directUs / floor.purchase(),
            delegatedUs / floor.total()));
    r.append(
        String.format(
            Locale.ROOT,
            "agent overhead (delegated / direct): throughput %.2f, p50 latency %.2f, p90 latency"
                + " %.2f, CPU per purchase %.2f%n",
            delegated.perSecond() / direct.perSecond(),
            delegated.percentile(50) / direct.percentile(50),
            delegated.percentile(90) / direct.percentile(90),
            delegatedUs / directUs));
    return r.toString();
  }
}
