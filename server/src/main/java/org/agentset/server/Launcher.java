package org.agentset.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command ({@code ./agentset run}): starts PostgreSQL (embedded, unless {@code
 * AGENTSET_DB_URL} names one), checks it, deploys the EAR on WildFly, waits until the suite is
 * ready, prints every party's URL and the wallet's start command, and on Ctrl-C (SIGINT/SIGTERM)
 * stops WildFly, then PostgreSQL, in that order.
 */
public final class Launcher {

  private final PrintStream out = System.out;
  private final Map<String, String> options;
  private final Map<String, String> env;

  private Launcher(Map<String, String> options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  public static void main(String[] args) throws Exception {
    System.exit(new Launcher(parse(args), System.getenv()).run());
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private Path path(String option) {
    String value = options.get(option);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + option);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  private int run() throws IOException, InterruptedException {
    Path dataDir = Files.createDirectories(path("data-dir"));
    int portOffset = Integer.parseInt(env.getOrDefault("AGENTSET_PORT_OFFSET", "0"));

    EmbeddedDatabase embedded = null;
    Optional<DatabaseSettings> external = DatabaseSettings.fromEnvironment(env);
    DatabaseSettings db;
    if (external.isPresent()) {
      db = external.get();
      out.println("Database: " + db.url() + " (from AGENTSET_DB_URL)");
    } else {
      Path pgData = dataDir.resolve("postgres");
      out.println("Starting embedded PostgreSQL (data in " + pgData + ") ...");
      embedded =
          EmbeddedDatabase.start(
              pgData, Integer.parseInt(env.getOrDefault("AGENTSET_DB_PORT", "0")));
      db = embedded.settings();
      out.println("Database: " + db.url());
    }
    Optional<String> problem = DatabaseCheck.problem(db);
    if (problem.isPresent()) {
      out.println(problem.get());
      closeQuietly(embedded);
      return 2;
    }

    out.println("Starting WildFly (log: " + dataDir.resolve("wildfly/log/server.log") + ") ");
    List<String> jvm = new java.util.ArrayList<>();
    if (external.isEmpty()) {
      jvm.addAll(List.of(db.systemProperties()));
    }
    jvm.addAll(CaSettings.jvmProperties(8080 + portOffset, env));
    WildFlyServer server =
        WildFlyServer.start(
            path("wildfly-home"),
            dataDir.resolve("wildfly"),
            path("ear"),
            portOffset,
            jvm,
            PartySecrets.environment(dataDir, env));
    EmbeddedDatabase database = embedded;
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  out.println();
                  out.println("Stopping WildFly ...");
                  try {
                    server.close();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  if (database != null) {
                    out.println("Stopping PostgreSQL ...");
                    closeQuietly(database);
                  }
                  out.println("AgentSET stopped.");
                }));
    try {
      server.awaitReady(Duration.ofMinutes(5), dot -> out.print(dot));
    } catch (IOException e) {
      out.println();
      out.println("AgentSET did not start: " + e.getMessage());
      return 1;
    }
    Optional<String> adminPassword;
    try {
      adminPassword =
          FirstOperator.seedIfNone(db, FirstOperator.CA_ADMIN, new java.security.SecureRandom());
    } catch (java.sql.SQLException e) {
      out.println();
      out.println(
          "AgentSET started, but the CA administrator could not be created: " + e.getMessage());
      adminPassword = Optional.empty();
    }
    java.util.List<MerchantAdministrators.Created> merchantAdmins;
    try {
      merchantAdmins = MerchantAdministrators.seedIfNone(db, new java.security.SecureRandom());
    } catch (java.sql.SQLException e) {
      out.println(
          "AgentSET started, but the merchant administrators could not be created: "
              + e.getMessage());
      merchantAdmins = java.util.List.of();
    }
    Optional<String> ansOperatorPassword;
    try {
      ansOperatorPassword =
          FirstOperator.seedIfNone(
              db, FirstOperator.ANS_OPERATOR, new java.security.SecureRandom());
    } catch (java.sql.SQLException e) {
      out.println("The agent server's operator could not be created: " + e.getMessage());
      ansOperatorPassword = Optional.empty();
    }
    printUrls(server, adminPassword, merchantAdmins, ansOperatorPassword);
    int status = server.waitFor();
    if (!stopping.get()) {
      out.println("WildFly exited on its own with status " + status + "; see its log");
    }
    return status == 0 ? 0 : 1;
  }

  private void printUrls(
      WildFlyServer server,
      Optional<String> adminPassword,
      java.util.List<MerchantAdministrators.Created> merchantAdmins,
      Optional<String> ansOperatorPassword) {
    String base = "http://localhost:" + server.httpPort();
    out.println();
    out.println("AgentSET is ready.");
    out.println("  Merchant storefront        " + base + "/merchant/");
    out.println("  Merchant back office       " + base + "/merchant/admin/index.xhtml");
    for (MerchantAdministrators.Created m : merchantAdmins) {
      out.println(
          "    "
              + m.merchant()
              + ": "
              + m.username()
              + " / "
              + m.password()
              + "   (shown this once)");
    }
    out.println("  Agent Negotiation Server   " + base + "/ans/");
    out.println("  Payment gateway            " + base + "/gateway/");
    out.println("  Certificate authority      " + base + "/ca/");
    out.println("  CA admin console           " + base + "/ca/admin/index.xhtml");
    adminPassword.ifPresent(
        password ->
            out.println(
                "    first administrator: "
                    + FirstOperator.CA_ADMIN.username()
                    + " / "
                    + password
                    + "   (shown this once; keep it safe)"));
    out.println("  Agent server operators     " + base + "/ans/operator.xhtml");
    ansOperatorPassword.ifPresent(
        password ->
            out.println(
                "    first operator: "
                    + FirstOperator.ANS_OPERATOR.username()
                    + " / "
                    + password
                    + "   (shown this once; keep it safe)"));
    out.println(
        "  Health (readiness)         http://localhost:"
            + server.managementPort()
            + "/health/ready");
    out.println("  Wallet (on your PC)        java -jar " + path("wallet-jar"));
    out.println("Press Ctrl-C to stop.");
  }

  private static void closeQuietly(EmbeddedDatabase database) {
    if (database == null) {
      return;
    }
    try {
      database.close();
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  /** The CA's environment plus the agent server's key password. */
}
