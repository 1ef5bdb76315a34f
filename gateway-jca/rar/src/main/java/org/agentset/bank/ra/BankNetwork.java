package org.agentset.bank.ra;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.agentset.bank.api.Trace;
import org.agentset.bank.host.EmbeddedIssuer;
import org.agentset.bank.iso8583.CardSecretSeal;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Codec;

/**
 * What the running adapter shares among its connections: where the issuer host is (starting the
 * embedded one if asked), the codec, the trace numbers, the CardSecret seal and the reversal queue.
 * Plain Java, so that unit tests and the benchmark run the adapter's connection classes outside the
 * server.
 */
final class BankNetwork implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BankNetwork.class.getName());

  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final AcquirerMessages messages = new AcquirerMessages(codec);
  private final TraceNumbers traces;
  private final EmbeddedIssuer embedded;
  private final String host;
  private final int port;
  private final ReversalQueue reversals;
  private final CardSecretSeal cardSecretSeal;

  private BankNetwork(
      NetworkSettings settings,
      DataSource dataSource,
      Executor executor,
      Clock clock,
      EmbeddedIssuer embedded) {
    this.traces = new TraceNumbers(clock, new SecureRandom());
    this.cardSecretSeal = new CardSecretSeal(settings.cardSecretKey(), new SecureRandom());
    this.embedded = embedded;
    this.host = embedded == null ? settings.hostAddress().strip() : embedded.address();
    this.port = embedded == null ? settings.hostPort() : embedded.port();
    this.reversals =
        new ReversalQueue(
            new JdbcReversalJournal(dataSource),
            () ->
                HostLink.open(
                    host(), port(), settings.connectTimeout(), settings.readTimeout(), codec),
            messages,
            settings.reversalRetry(),
            executor);
  }

  /**
   * Starts the network: the embedded issuer (when configured so) and the reversal sender.
   *
   * @param dataSource holds the migrated {@code gateway} schema (reversal journal) and, for the
   *     embedded host, the {@code bank} schema
   */
  static BankNetwork start(
      NetworkSettings settings, DataSource dataSource, Executor executor, Clock clock)
      throws IOException, SQLException {
    EmbeddedIssuer embedded =
        settings.embedded()
            ? EmbeddedIssuer.start(
                settings.hostPort(),
                executor,
                dataSource,
                settings.panKey(),
                settings.cardSecretKey(),
                settings.testControl(),
                clock)
            : null;
    BankNetwork network = new BankNetwork(settings, dataSource, executor, clock, embedded);
    network.reversals.start();
    LOG.info(
        () ->
            "Bank interchange network at "
                + network.host
                + ":"
                + network.port
                + (embedded == null ? "" : " (embedded issuer)"));
    return network;
  }

  String host() {
    return host;
  }

  int port() {
    return embedded == null ? port : embedded.port();
  }

  Iso8583Codec codec() {
    return codec;
  }

  AcquirerMessages messages() {
    return messages;
  }

  Trace nextTrace() {
    return traces.next();
  }

  /** Seals the CardSecrets the adapter sends (0302). */
  CardSecretSeal cardSecretSeal() {
    return cardSecretSeal;
  }

  ReversalQueue reversals() {
    return reversals;
  }

  /** The embedded issuer, when the adapter started one. */
  Optional<EmbeddedIssuer> embedded() {
    return Optional.ofNullable(embedded);
  }

  @Override
  public void close() {
    reversals.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
