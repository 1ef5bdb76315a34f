package org.agentset.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures everything the wallet logs (every logger, every level, with the JDK HTTP server's own
 * debug logging on) and everything it prints while cards are added through the API and the form,
 * with a refused and an accepted number, and looks for the numbers in it.
 */
class CardLoggingTest {

  private static final String BAD = "4111111111111112";
  private static final String GOOD = "4111111111111111";

  @TempDir Path home;
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private Handler capture;
  private Level rootLevel;
  private PrintStream out;
  private PrintStream err;

  @BeforeEach
  void captureEverything() {
    SimpleFormatter format = new SimpleFormatter();
    capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(format.format(r));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    out = System.out;
    err = System.err;
    PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
  }

  @AfterEach
  void restore() {
    Logger root = Logger.getLogger("");
    root.removeHandler(capture);
    root.setLevel(rootLevel);
    System.setOut(out);
    System.setErr(err);
  }

  @Test
  void noCardNumberReachesTheLogOrTheConsole() throws Exception {
    try (TestWallet wallet = new TestWallet(home)) {
      WalletClient api = wallet.client();
      api.createWallet();
      assertThat(addByApi(api, "4111 1111 1111 1112").statusCode()).isEqualTo(400);
      assertThat(addByApi(api, "4111 1111 1111 1111").statusCode()).isEqualTo(201);

      WalletClient browser = wallet.client();
      browser.page("/unlock");
      browser.form("/unlock", Map.of("password", TestWallet.PASSWORD));
      browser.page("/cards");
      assertThat(addByForm(browser, "5555555555554445").statusCode()).isEqualTo(400);
      assertThat(addByForm(browser, "5555555555554444").statusCode()).isEqualTo(303);
    }
    String everything = String.join("\n", logged) + "\n" + printed.toString(StandardCharsets.UTF_8);
    // the capture works: the events are there, named by their last four digits
    assertThat(everything)
        .contains("Card ending 1111 added", "Card ending 4444 added", "Card not added: number:")
        .contains("POST /api/cards -> 400", "POST /cards -> 303");
    for (String pan : new String[] {BAD, GOOD, "5555555555554445", "5555555555554444"}) {
      assertThat(everything)
          .doesNotContain(pan)
          .doesNotContain(pan.substring(0, 4) + " " + pan.substring(4, 8))
          .doesNotContain(pan.substring(0, 12));
    }
  }

  private static java.net.http.HttpResponse<String> addByApi(WalletClient c, String number)
      throws Exception {
    return c.api(
        "POST",
        "/api/cards",
        "{\"number\":\"" + number + "\",\"expiry\":\"07/30\",\"holderName\":\"Ada Lovelace\"}");
  }

  private static java.net.http.HttpResponse<String> addByForm(WalletClient c, String number)
      throws Exception {
    return c.form(
        "/cards", Map.of("number", number, "expiry", "07/30", "holderName", "Ada Lovelace"));
  }
}
