package org.agentset.ans.customer;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.agentset.ans.merchant.MerchantAgent;
import org.agentset.ans.negotiation.CustomerStrategy;
import org.agentset.ans.negotiation.Utility;

/**
 * Where live customer agents are found: one stateful bean per agent, created on first need and,
 * after a restart, rebuilt from the durable record. Also makes the merchant agents of one
 * conversation, and remembers which agents are busy so the sweeper leaves them alone.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Agents {

  private static final String CUSTOMER =
      "java:module/CustomerAgentBean!" + CustomerAgent.class.getName();
  private static final String MERCHANT =
      "java:module/MerchantAgentBean!" + MerchantAgent.class.getName();

  @EJB private AgentStore store;

  private final Map<UUID, CustomerAgent> live = new ConcurrentHashMap<>();
  private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

  /** A new customer agent bean for {@code id}, replacing any earlier one. */
  public CustomerAgent fresh(UUID id) {
    CustomerAgent agent = lookup(CUSTOMER, CustomerAgent.class);
    CustomerAgent old = live.put(id, agent);
    end(old);
    return agent;
  }

  /** The customer agent of {@code id}, restored from its record when this server has none. */
  public CustomerAgent get(UUID id) {
    return live.computeIfAbsent(
        id,
        k -> {
          CustomerAgent agent = lookup(CUSTOMER, CustomerAgent.class);
          agent.resume(store.restore(k, CustomerStrategy.DEFAULT, Utility.DEFAULT));
          return agent;
        });
  }

  /** Ends and forgets the agent's bean (its record stays). */
  public void forget(UUID id) {
    end(live.remove(id));
  }

  /** A merchant agent for one conversation. */
  public MerchantAgent merchant(String code) {
    MerchantAgent m = lookup(MERCHANT, MerchantAgent.class);
    m.open(code);
    return m;
  }

  /** Marks an agent busy; false if it already was. */
  public boolean claim(UUID id) {
    return busy.add(id);
  }

  /** Whether no task of this server is working on the agent. */
  public boolean claimable(UUID id) {
    return !busy.contains(id);
  }

  public void release(UUID id) {
    busy.remove(id);
  }

  /** How many customer agent beans this server holds. */
  public int size() {
    return live.size();
  }

  private static void end(CustomerAgent agent) {
    if (agent != null) {
      try {
        agent.end();
      } catch (RuntimeException e) {
        // already removed or timed out: nothing more to release
      }
    }
  }

  private static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(InitialContext.doLookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
    }
  }
}
