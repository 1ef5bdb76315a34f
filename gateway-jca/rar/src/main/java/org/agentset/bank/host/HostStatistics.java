package org.agentset.bank.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what the host saw: accepted connections, well-formed messages by type, and refused
 * (malformed) messages. Tests read them to show pooling (few connections for many messages) and
 * repeats (0420s until acknowledged).
 */
public final class HostStatistics {

  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final Map<Integer, LongAdder> received = new ConcurrentHashMap<>();

  void accepted() {
    accepted.incrementAndGet();
  }

  void refused() {
    refused.incrementAndGet();
  }

  void count(int type) {
    received.computeIfAbsent(type, t -> new LongAdder()).increment();
  }

  public long acceptedConnections() {
    return accepted.get();
  }

  public long refusedMessages() {
    return refused.get();
  }

  public long received(int type) {
    LongAdder n = received.get(type);
    return n == null ? 0 : n.sum();
  }
}
