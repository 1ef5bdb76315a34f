package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agentset.it.LatencyStats;
import org.agentset.it.LoadDriver;
import org.agentset.it.ProcessCpu;
import org.agentset.it.SuiteArchive;
import org.agentset.set.msg.PurchaseCryptoFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's benchmark, run on demand only (excluded from the suite; README "Payment gateway"):
 *
 * <pre>
 * mvn -B -ntp verify -pl it -am -Dit.test=GatewayBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
 *     [-Dgateway.bench.auths=1500] [-Dgateway.bench.threads=4]
 * </pre>
 *
 * Against the real EAR on the managed WildFly and PostgreSQL: AuthReq to AuthRes over HTTP, each a
 * distinct purchase (prepared before the clock starts by the test playing cardholder and merchant),
 * through every check, the records, the replay store and the embedded issuer. Reports throughput,
 * p50/p90/p99 latency, and the WildFly process's CPU per authorisation (from {@code /proc}; the
 * embedded issuer and its ledger run in that JVM too) as a ratio to the set-core crypto floor of
 * the gateway's share, measured in the test's JVM in the same run ({@link PurchaseCryptoFloor}).
 * Asserts only that every answer was an approval, never how fast it came.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayBenchmarkIT {

  private static final int AUTHS = Integer.getInteger("gateway.bench.auths", 1500);
  private static final int THREADS = Integer.getInteger("gateway.bench.threads", 4);

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void authorisationThroughputLatencyAndCpu() throws Exception {
    double floor = PurchaseCryptoFloor.measure("p256", 200).micros(PurchaseCryptoFloor.GATEWAY);
    GatewayPki.seedOperators();
    Shop shop = new Shop("NB-BENCH");
    Shop.Customer ada = shop.customer(GatewayAuthorisationIT.ADA, GatewayAuthorisationIT.EXPIRY);
    List<Shop.Purchase> warm = purchases(shop, ada, Math.max(20, AUTHS / 8));
    run("warm-up", shop, warm);
    List<Shop.Purchase> measured = purchases(shop, ada, AUTHS);
    Optional<ProcessHandle> server = ProcessCpu.wildFly();
    long cpu0 = server.map(ProcessCpu::millis).orElse(-1L);
    LatencyStats stats = run("AuthReq -> AuthRes", shop, measured);
    long cpu1 = server.map(ProcessCpu::millis).orElse(-1L);
    double cpuPerAuth = cpu0 < 0 ? Double.NaN : (cpu1 - cpu0) * 1000.0 / AUTHS;

    String report =
        "AgentSET gateway benchmark ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, client and server on one machine, suite p256)\n"
            + stats
            + "\n"
            + String.format(
                Locale.ROOT,
                "WildFly CPU per authorisation %.0f us (gateway + embedded issuer); set-core floor"
                    + " of the gateway's share, measured in this run, %.0f us; ratio %.2f%n",
                cpuPerAuth,
                floor,
                cpuPerAuth / floor);
    System.out.println(report);
    Files.writeString(Path.of("target", "gateway-bench.txt"), report);
    assertThat(stats.operations()).isEqualTo(AUTHS);
  }

  private static List<Shop.Purchase> purchases(Shop shop, Shop.Customer c, int n) throws Exception {
    List<Shop.Purchase> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Shop.Purchase p = shop.new Purchase(c, 1);
      p.authReq(false);
      out.add(p);
    }
    return out;
  }

  private static LatencyStats run(String name, Shop shop, List<Shop.Purchase> purchases)
      throws Exception {
    List<byte[]> messages = new ArrayList<>();
    for (Shop.Purchase p : purchases) {
      messages.add(p.authReq.message().getDerEncoded());
    }
    byte[][] answers = new byte[purchases.size()][];
    LatencyStats stats =
        LoadDriver.run(
            name,
            LoadDriver.indices(purchases.size()),
            THREADS,
            i -> (answers[i] = GatewayHttp.set(messages.get(i)).body()) != null);
    for (int i = 0; i < purchases.size(); i++) {
      assertThat(
              shop.payments
                  .processAuthorisationResponse(purchases.get(i).authReq, answers[i])
                  .approved())
          .as(name + " #" + i)
          .isTrue();
    }
    return stats;
  }
}
