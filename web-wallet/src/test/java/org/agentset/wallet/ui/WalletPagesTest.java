package org.agentset.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages of the real server, driven with plain form posts as a browser sends them. */
class WalletPagesTest {

  @TempDir Path home;
  private TestWallet wallet;
  private WalletClient browser;

  @BeforeEach
  void start() throws Exception {
    wallet = new TestWallet(home);
    browser = wallet.client();
  }

  @AfterEach
  void stop() {
    wallet.close();
  }

  @Test
  void firstRunLeadsToCreatingTheWalletAndThenToTheCards() throws Exception {
    assertThat(location(browser.get("/"))).isEqualTo("/create");
    assertThat(location(browser.get("/unlock"))).isEqualTo("/");
    assertThat(browser.page("/create").body()).contains("Create your wallet", "name=\"csrf\"");

    HttpResponse<String> weak =
        browser.form("/create", Map.of("password", "short", "confirmation", "short"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("Use at least 10 characters.", "aria-invalid=\"true\"");

    createWallet();
    HttpResponse<String> cards = browser.page("/cards");
    assertThat(cards.statusCode()).isEqualTo(200);
    assertThat(cards.body()).contains("Your wallet is ready", "No cards yet", ">Lock</button>");
    assertThat(location(browser.get("/"))).isEqualTo("/cards");
    assertThat(location(browser.get("/create"))).isEqualTo("/");
  }

  @Test
  void aRefusedCardIsShownAgainWithoutItsNumberAndAnAcceptedOneByItsLastFour() throws Exception {
    createWallet();
    browser.page("/cards");
    HttpResponse<String> refused =
        browser.form(
            "/cards",
            Map.of(
                "number", "4111 1111 1111 1112", "expiry", "07/30", "holderName", "Ada Lovelace"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("check digit does not match", "value=\"07/30\"", "value=\"Ada Lovelace\"")
        .contains(
            "<input id=\"number\" name=\"number\" type=\"text\" inputmode=\"numeric\""
                + " autocomplete=\"cc-number\" required value=\"\"")
        .doesNotContain("4111111111111112")
        .doesNotContain("1111 1112");

    HttpResponse<String> added =
        browser.form(
            "/cards",
            Map.of("number", "4111111111111111", "expiry", "07/30", "holderName", "Ada Lovelace"));
    assertThat(location(added)).isEqualTo("/cards");
    HttpResponse<String> list = browser.page("/cards");
    assertThat(list.body())
        .contains("•••• 1111", "Card ending 1111 added.", "Ada Lovelace · expires 07/30")
        .doesNotContain("4111111111111111");

    String id = list.body().replaceAll("(?s).*id=\"card-([0-9a-f]+)\".*", "$1");
    assertThat(location(browser.form("/cards/" + id + "/remove", Map.of()))).isEqualTo("/cards");
    assertThat(browser.page("/cards").body()).contains("Card ending 1111 removed.", "No cards yet");
    assertThat(browser.form("/cards/" + id + "/remove", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void lockSendsEveryPageToUnlockAndOnlyTheRightPasswordOpensIt() throws Exception {
    createWallet();
    browser.page("/cards");
    assertThat(location(browser.form("/lock", Map.of()))).isEqualTo("/unlock");
    assertThat(location(browser.get("/cards"))).isEqualTo("/unlock");
    assertThat(location(browser.get("/settings"))).isEqualTo("/unlock");
    assertThat(browser.page("/unlock").body()).contains("Wallet locked.");

    HttpResponse<String> wrong = browser.form("/unlock", Map.of("password", "not the password"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).contains("Wrong password.").doesNotContain("not the password");
    // unlocking returns to the page the wallet was last asked for while locked
    assertThat(location(browser.form("/unlock", Map.of("password", TestWallet.PASSWORD))))
        .isEqualTo("/settings");
    assertThat(browser.page("/cards").statusCode()).isEqualTo(200);
  }

  @Test
  void settingsChangeTheIdleTimeoutAndThePassword() throws Exception {
    createWallet();
    assertThat(browser.page("/settings").body())
        .contains("value=\"5\"", "The default, from AGENTSET_WALLET_IDLE_MINUTES.");
    HttpResponse<String> bad = browser.form("/settings/idle", Map.of("idleMinutes", "999"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("from 1 to 240", "value=\"999\"");
    assertThat(location(browser.form("/settings/idle", Map.of("idleMinutes", "15"))))
        .isEqualTo("/settings");
    assertThat(browser.page("/settings").body())
        .contains("locks itself after 15 minutes", "value=\"15\"", "Your choice");

    HttpResponse<String> wrongCurrent =
        browser.form(
            "/settings/password",
            Map.of(
                "current",
                "nope nope nope",
                "next",
                "a new password!",
                "confirmation",
                "a new password!"));
    assertThat(wrongCurrent.statusCode()).isEqualTo(403);
    assertThat(wrongCurrent.body()).contains("id=\"current-error\">Wrong password.");
    browser.page("/settings");
    assertThat(
            location(
                browser.form(
                    "/settings/password",
                    Map.of(
                        "current",
                        TestWallet.PASSWORD,
                        "next",
                        "a new password!",
                        "confirmation",
                        "a new password!"))))
        .isEqualTo("/settings");
    browser.page("/settings");
    browser.form("/lock", Map.of());
    browser.page("/unlock");
    assertThat(browser.form("/unlock", Map.of("password", TestWallet.PASSWORD)).statusCode())
        .isEqualTo(403);
    assertThat(location(browser.form("/unlock", Map.of("password", "a new password!"))))
        .isEqualTo("/cards");
  }

  @Test
  void aStaleOrForeignFormIsRefusedWithAnExplanationPage() throws Exception {
    createWallet();
    browser.page("/cards");
    WalletClient other = wallet.client();
    other.page("/status");
    // other's token with this browser's cookie: a form from another session
    HttpResponse<String> stale =
        browser.send(
            java.net.http.HttpRequest.newBuilder(browser.uri("/lock"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + other.token()))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    assertThat(stale.statusCode()).isEqualTo(403);
    assertThat(stale.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(stale.body()).contains("This form is stale or did not come from the wallet");
    assertThat(browser.page("/cards").statusCode()).as("not locked").isEqualTo(200);
  }

  @Test
  void theStyleSheetIsServedAndUnknownPagesDoNotEchoTheirPath() throws Exception {
    HttpResponse<String> css = browser.get("/assets/wallet.css");
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(css.body()).contains("--accent: #0b6e4f", ".bar");
    HttpResponse<String> missing = browser.get("/cards/4111111111111111");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Not found").doesNotContain("4111111111111111");
  }

  private void createWallet() throws Exception {
    browser.page("/create");
    HttpResponse<String> created =
        browser.form(
            "/create",
            Map.of("password", TestWallet.PASSWORD, "confirmation", TestWallet.PASSWORD));
    assertThat(location(created)).isEqualTo("/cards");
  }

  private static String location(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().firstValue("Location").orElseThrow();
  }
}
