package org.agentset.bank.host;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.agentset.bank.iso8583.Iso8583Codec;

/**
 * The issuer host the resource adapter starts when no external host is configured: the {@link
 * Issuer} over the {@code bank} schema (demo cards seeded), served on loopback by an {@link
 * IssuerHost}. It can be restarted on the same port (tests use that to show that the pool
 * recovers), keeping its faults and counters.
 */
public final class EmbeddedIssuer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedIssuer.class.getName());

  private final InetAddress address;
  private final Executor executor;
  private final Iso8583Codec codec;
  private final Issuer issuer;
  private final HostFaults faults;
  private final HostStatistics statistics = new HostStatistics();
  private IssuerHost host;

  private EmbeddedIssuer(
      InetAddress address,
      Executor executor,
      Iso8583Codec codec,
      Issuer issuer,
      HostFaults faults) {
    this.address = address;
    this.executor = executor;
    this.codec = codec;
    this.issuer = issuer;
    this.faults = faults;
  }

  /**
   * Seeds the demo cards and starts listening on loopback, {@code port} (0 = a free one).
   *
   * @param bank the datasource holding the migrated {@code bank} schema
   * @param panKey the key of the card numbers' keyed hash (and, derived, of the stored CardSecrets)
   * @param cardSecretKey the network's key that seals CardSecrets in 0302s (32 bytes)
   * @param testControl whether tests may inject faults
   */
  public static EmbeddedIssuer start(
      int port,
      Executor executor,
      DataSource bank,
      byte[] panKey,
      byte[] cardSecretKey,
      boolean testControl,
      Clock clock)
      throws IOException, SQLException {
    Iso8583Codec codec = Iso8583Codec.standard();
    PanHasher hasher = new PanHasher(panKey);
    int seeded = DemoCards.seed(bank, hasher);
    LOG.info(() -> "Embedded issuer: " + seeded + " demo card(s) added");
    EmbeddedIssuer embedded =
        new EmbeddedIssuer(
            InetAddress.getLoopbackAddress(),
            executor,
            codec,
            new Issuer(
                codec,
                bank,
                hasher,
                new CardSecrets(cardSecretKey, panKey, new SecureRandom()),
                clock,
                new SecureRandom()),
            new HostFaults(testControl));
    embedded.host = embedded.listen(port);
    return embedded;
  }

  private IssuerHost listen(int port) throws IOException {
    return IssuerHost.start(address, port, executor, codec, issuer, faults, statistics);
  }

  /** The loopback address the host listens on. */
  public String address() {
    return address.getHostAddress();
  }

  public synchronized int port() {
    return host.port();
  }

  /** Closes every connection and the listener, then listens again on the same port. */
  public synchronized void restart() throws IOException {
    int port = host.port();
    host.close();
    host = listen(port);
  }

  public HostFaults faults() {
    return faults;
  }

  public HostStatistics statistics() {
    return statistics;
  }

  @Override
  public synchronized void close() {
    host.close();
  }
}
