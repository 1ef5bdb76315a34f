package org.agentset.wallet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer's first minutes with the packaged wallet, in a real browser: create the wallet, try
 * a mistyped card, add the card, and see nothing of its number but the last four digits.
 */
class WalletBrowserIT {

  private static final String PAN = "4111111111111111";

  @TempDir Path home;

  @Test
  void createAWalletAddACardAndSeeOnlyItsLastFourDigits() throws Exception {
    try (WalletProcess wallet = WalletProcess.start(home);
        Browser browser = Browser.start()) {
      browser.driver().get(wallet.url());
      CardsPage cards = new CreateWalletPage(browser.driver()).create("correct horse battery");
      assertThat(cards.flash()).contains("Your wallet is ready");
      assertThat(cards.lastFours()).isEmpty();

      cards = cards.add("4111 1111 1111 1112", "07/30", "Ada Lovelace");
      assertThat(cards.errorOf("number")).contains("check digit does not match");
      assertThat(cards.valueOf("number")).isEmpty();
      assertThat(cards.valueOf("expiry")).isEqualTo("07/30");
      browser.screenshot("wallet-card-refused");

      cards = cards.add("4111 1111 1111 1111", "07/30", "Ada Lovelace");
      assertThat(cards.flash()).isEqualTo("Card ending 1111 added.");
      assertThat(cards.lastFours()).containsExactly("•••• 1111");
      assertThat(cards.source()).doesNotContain(PAN).doesNotContain("4111 1111 1111");
      Path shot = browser.screenshot("wallet-cards");
      assertThat(Files.size(shot)).isPositive();
    }
    byte[] file = Files.readAllBytes(home.resolve("wallet.dat"));
    assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(PAN);
  }
}
