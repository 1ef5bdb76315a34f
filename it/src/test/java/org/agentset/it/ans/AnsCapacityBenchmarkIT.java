package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.agentset.ans.customer.CustomerAgent;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.MerchantSide;
import org.agentset.ans.negotiation.MerchantStrategy;
import org.agentset.ans.negotiation.Mode;
import org.agentset.ans.negotiation.QuantityDiscount;
import org.agentset.it.SuiteArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand ({@code -Dit.test=AnsCapacityBenchmarkIT}): memory per idle customer agent and how many
 * live agents one server holds. Inside the deployed server, it creates N real {@code
 * CustomerAgentBean}s (stateful session beans, looked up as the agent server does), each having
 * negotiated a realistic mandate against three merchants (a transcript of some forty entries), and
 * measures the heap after full collections before and after, plus the serialized size of one
 * agent's state (what passivation writes). Results go to server.log, lines starting {@code
 * ANS-CAPACITY}. Asserts only that the agents exist, never a time or a size.
 */
@ExtendWith(ArquillianExtension.class)
class AnsCapacityBenchmarkIT {

  private static final Logger LOG = Logger.getLogger(AnsCapacityBenchmarkIT.class.getName());
  private static final String CUSTOMER_AGENT =
      "java:global/agentset/ejb-agents/CustomerAgentBean!org.agentset.ans.customer.CustomerAgent";

  @Deployment(testable = true)
  static EnterpriseArchive suite() {
    return SuiteArchive.withTests(AnsCapacityBenchmarkIT.class, SuiteArchive.class);
  }

  @Test
  void memoryPerIdleAgentAndAgentsPerServer() throws Exception {
    int n = Integer.getInteger("ans.capacity.agents", 5_000);
    List<MerchantSide> market = market();
    Clock clock = Clock.systemUTC();
    long before = settledHeap();
    List<CustomerAgent> agents = new ArrayList<>(n);
    InitialContext jndi = new InitialContext();
    long started = System.nanoTime();
    for (int i = 0; i < n; i++) {
      CustomerAgent a = (CustomerAgent) jndi.lookup(CUSTOMER_AGENT);
      a.open(terms(i, clock.instant()), i);
      a.negotiate(market);
      agents.add(a);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = settledHeap();
    int transcript = agents.get(0).transcript().size();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(agents.get(0).negotiation());
    }
    long max = Runtime.getRuntime().maxMemory();
    double perAgent = (after - before) / (double) n;
    long fits = (long) ((max - after) / perAgent) + n;
    LOG.info(
        String.format(
            Locale.ROOT,
            "ANS-CAPACITY agents=%d transcript-entries=%d heap-before=%dMB heap-after=%dMB"
                + " per-agent=%.0fB serialized-state=%dB max-heap=%dMB estimated-live-agents=%d"
                + " create+negotiate=%.1f agents/s",
            n,
            transcript,
            before >> 20,
            after >> 20,
            perAgent,
            bytes.size(),
            max >> 20,
            fits,
            n / seconds));
    assertThat(agents).hasSize(n);
    assertThat(agents.get(n - 1).selection(0)).isPresent();
    for (CustomerAgent a : agents) {
      a.end();
    }
  }

  private static long settledHeap() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static MandateTerms terms(int i, Instant now) {
    return new MandateTerms(
        "bench-" + i,
        "CN=Bench Customer " + i,
        List.of(new ItemRequest("green tea", "", 2, 1_150)),
        5_000,
        "EUR",
        Set.of(),
        now.minusSeconds(60),
        now.plusSeconds(3_600),
        Mode.AUTONOMOUS);
  }

  private static List<MerchantSide> market() {
    List<MerchantSide> out = new ArrayList<>();
    String[] merchants = {"nordlicht-books", "voltaic-parts", "herbarium-tea"};
    for (int m = 0; m < merchants.length; m++) {
      List<Listing> ls = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        long list = 1_000 + 80L * k + 60L * m;
        ls.add(
            new Listing(
                merchants[m],
                merchants[m] + "-T" + k,
                "Green tea tin " + k,
                "green",
                "loose leaf",
                "EUR",
                list,
                list * 8 / 10,
                List.of(new QuantityDiscount(5, 500)),
                100,
                1 + k + m));
      }
      out.add(new MerchantSide(merchants[m], ls, new MerchantStrategy(0.5 + m)));
    }
    return out;
  }
}
