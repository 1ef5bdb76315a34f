package org.agentset.bank.ra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import javax.transaction.xa.XAResource;
import org.agentset.bank.host.DemoCards;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;

/**
 * The bank interchange network as a JCA 2.1 outbound resource adapter. Its configuration properties
 * are set by the server's CLI script (resource-adapters subsystem) and documented in the README.
 * With {@code hostAddress=embedded} it starts the embedded issuer host on loopback over the {@code
 * bank} schema; otherwise it connects to the configured host. Either way it migrates the gateway's
 * reversal journal and resumes unacknowledged reversals. Its threads run as JCA work.
 */
@Connector(
    displayName = "AgentSET bank interchange network",
    vendorName = "AgentSET",
    eisType = "ISO 8583 card network",
    version = "1.0",
    transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class BankResourceAdapter implements ResourceAdapter, Serializable {

  private static final long serialVersionUID = 1L;

  @ConfigProperty(description = "Issuer host name or address; 'embedded' starts the embedded host")
  private String hostAddress = NetworkSettings.EMBEDDED;

  @ConfigProperty(description = "Issuer host port; for the embedded host, 0 picks a free port")
  private Integer hostPort = 0;

  @ConfigProperty(
      description = "JNDI name of the datasource (gateway reversal journal, bank schema)")
  private String dataSourceJndiName = "java:jboss/datasources/AgentSetDS";

  @ConfigProperty(description = "Embedded issuer: key of the card-number hashes, hex, >= 16 bytes")
  private String panHashKey = DemoCards.DEMO_PAN_KEY_HEX;

  @ConfigProperty(
      description =
          "AES-256 key (hex, 32 bytes) sealing CardSecrets from the cardholder CA to the issuer;"
              + " the default is a public demo key: set your own")
  private String cardSecretKey = DemoCards.DEMO_CARD_SECRET_KEY_HEX;

  @ConfigProperty(description = "Lets tests make the embedded host misbehave; never in production")
  private Boolean testControl = false;

  @ConfigProperty(
      description = "Pause before the first repeat of an unanswered reversal, ms (doubles)")
  private Integer reversalRetryMillis = 5_000;

  @ConfigProperty(description = "How long the reversal sender waits for an answer, ms")
  private Integer reversalTimeoutMillis = 10_000;

  private transient volatile BankNetwork network;

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    DataSource dataSource;
    try {
      dataSource = (DataSource) new InitialContext().lookup(dataSourceJndiName);
    } catch (NamingException e) {
      throw new ResourceAdapterInternalException("no datasource at " + dataSourceJndiName, e);
    }
    start(dataSource, WorkExecutor.of(context), Clock.systemUTC());
  }

  /** Starts on a given datasource and executor: the server's, or a test's. */
  void start(DataSource dataSource, Executor executor, Clock clock)
      throws ResourceAdapterInternalException {
    NetworkSettings settings = settings();
    SchemaMigrator.migrate(dataSource, Party.GATEWAY);
    // migrated with an external host too: the readiness check expects every party's schema
    SchemaMigrator.migrate(dataSource, Party.BANK);
    try {
      network = BankNetwork.start(settings, dataSource, executor, clock);
    } catch (IOException | SQLException e) {
      throw new ResourceAdapterInternalException(
          "cannot start the bank network: " + e.getMessage(), e);
    }
  }

  NetworkSettings settings() throws ResourceAdapterInternalException {
    byte[] key;
    try {
      key = HexFormat.of().parseHex(panHashKey.strip());
    } catch (IllegalArgumentException e) {
      throw new ResourceAdapterInternalException("panHashKey must be hexadecimal");
    }
    if (key.length < 16) {
      throw new ResourceAdapterInternalException("panHashKey must be at least 16 bytes");
    }
    byte[] sealKey;
    try {
      sealKey = HexFormat.of().parseHex(cardSecretKey.strip());
    } catch (IllegalArgumentException e) {
      throw new ResourceAdapterInternalException("cardSecretKey must be hexadecimal");
    }
    if (sealKey.length != 32) {
      throw new ResourceAdapterInternalException("cardSecretKey must be 32 bytes (64 hex digits)");
    }
    return new NetworkSettings(
        hostAddress,
        hostPort,
        key,
        sealKey,
        Boolean.TRUE.equals(testControl),
        Duration.ofSeconds(2),
        Duration.ofMillis(reversalTimeoutMillis),
        Duration.ofMillis(reversalRetryMillis));
  }

  @Override
  public void stop() {
    BankNetwork n = network;
    network = null;
    if (n != null) {
      n.close();
    }
  }

  /**
   * The running network.
   *
   * @throws IllegalStateException when the adapter is not started
   */
  BankNetwork network() {
    BankNetwork n = network;
    if (n == null) {
      throw new IllegalStateException("the bank adapter is not started");
    }
    return n;
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    throw new NotSupportedException("the bank adapter has no inbound side");
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    // no inbound side: nothing was activated
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  public String getHostAddress() {
    return hostAddress;
  }

  public void setHostAddress(String hostAddress) {
    this.hostAddress = hostAddress;
  }

  public Integer getHostPort() {
    return hostPort;
  }

  public void setHostPort(Integer hostPort) {
    this.hostPort = hostPort;
  }

  public String getDataSourceJndiName() {
    return dataSourceJndiName;
  }

  public void setDataSourceJndiName(String dataSourceJndiName) {
    this.dataSourceJndiName = dataSourceJndiName;
  }

  public String getPanHashKey() {
    return panHashKey;
  }

  public void setPanHashKey(String panHashKey) {
    this.panHashKey = panHashKey;
  }

  public String getCardSecretKey() {
    return cardSecretKey;
  }

  public void setCardSecretKey(String cardSecretKey) {
    this.cardSecretKey = cardSecretKey;
  }

  public Boolean getTestControl() {
    return testControl;
  }

  public void setTestControl(Boolean testControl) {
    this.testControl = testControl;
  }

  public Integer getReversalRetryMillis() {
    return reversalRetryMillis;
  }

  public void setReversalRetryMillis(Integer reversalRetryMillis) {
    this.reversalRetryMillis = reversalRetryMillis;
  }

  public Integer getReversalTimeoutMillis() {
    return reversalTimeoutMillis;
  }

  public void setReversalTimeoutMillis(Integer reversalTimeoutMillis) {
    this.reversalTimeoutMillis = reversalTimeoutMillis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankResourceAdapter other
        && Objects.equals(hostAddress, other.hostAddress)
        && Objects.equals(hostPort, other.hostPort)
        && Objects.equals(dataSourceJndiName, other.dataSourceJndiName)
        && Objects.equals(testControl, other.testControl)
        && Objects.equals(reversalRetryMillis, other.reversalRetryMillis)
        && Objects.equals(reversalTimeoutMillis, other.reversalTimeoutMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostAddress, hostPort, dataSourceJndiName, testControl);
  }
}
