/**
 * JMH benchmarks of set-core: {@link org.agentset.set.bench.PartyBenchmark} (each party's CPU work
 * in one purchase) and {@link org.agentset.set.bench.OperatorBenchmark} (each SET operator), per
 * algorithm suite. Built into {@code set-bench/target/set-benchmarks.jar}; run with {@code java
 * -jar}, never during the Maven build. Absolute figures depend on the machine; the ratios between
 * parties, operators and suites are what carry over.
 */
package org.agentset.set.bench;
