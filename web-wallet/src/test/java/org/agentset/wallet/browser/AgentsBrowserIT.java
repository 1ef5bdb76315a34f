package org.agentset.wallet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SetInitiations;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.agents.FakeParties;
import org.agentset.wallet.agents.WalletPki;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletStore;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Delegation in a real browser against the packaged wallet ({@code java -jar}), whose CA and agent
 * server are played over HTTP by {@link FakeParties}: the customer writes a mandate in confirm mode
 * and the agent is created; the agent's payment start arrives over the SAI channel and waits under
 * Approvals with the merchant's order and amount; a wrong password keeps it waiting; a payment
 * start above the mandate's unit price is refused and the reason shows on the Agents page; the
 * customer revokes the agent. Screenshots land in {@code web-wallet/target/screenshots/}.
 */
class AgentsBrowserIT {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path home;

  @Test
  void writeAMandateApproveAndRefusePaymentStartsAndRevoke() throws Exception {
    WalletPki pki = new WalletPki();
    try (FakeParties parties = new FakeParties(pki, Clock.systemUTC())) {
      // a wallet that is already enrolled (enrolment needs the real CA: WalletSuiteIT)
      try (WalletStore store =
          WalletStore.open(
              home,
              TestWallet.CHEAP_KDF,
              Duration.ofMinutes(30),
              Clock.systemUTC(),
              new SecureRandom())) {
        Ticket t = store.create(PASSWORD.toCharArray());
        store.update(
            t, c -> c.withCommunication(pki.walletCredential()).withCard(WalletPki.enrolledCard()));
      }
      String ans = parties.caUrl().toString().replace("/ca", "/ans");
      try (WalletProcess wallet =
              WalletProcess.start(
                  home,
                  Map.of("AGENTSET_CA_URL", parties.caUrl().toString(), "AGENTSET_ANS_URL", ans));
          Browser browser = Browser.start()) {
        WebDriver d = browser.driver();
        d.get(wallet.url() + "unlock");
        d.findElement(By.id("password")).sendKeys(PASSWORD);
        d.findElement(By.id("unlock")).click();

        d.get(wallet.url() + "agents");
        assertThat(d.findElement(By.id("no-agents")).getText()).contains("No agents yet");
        d.findElement(By.id("category")).sendKeys("maps");
        d.findElement(By.id("quantity")).clear();
        d.findElement(By.id("quantity")).sendKeys("2");
        d.findElement(By.id("maxUnitPrice")).sendKeys("15.00");
        d.findElement(By.id("budget")).sendKeys("40.00");
        d.findElement(By.id("merchants")).sendKeys("nordlicht-books");
        new Select(d.findElement(By.id("mode"))).selectByValue("confirm");
        browser.screenshot("wallet-mandate-form");
        d.findElement(By.id("create-agent")).click();
        assertThat(d.findElement(By.className("flash")).getText()).contains("created");
        assertThat(parties.agents).hasSize(1);
        FakeParties.Agent agent = parties.agents.values().iterator().next();
        assertThat(d.findElement(By.id("agent-" + agent.agentId())).getText())
            .contains("2 × maps")
            .contains("active");

        parties.queued.put("33333333-3333-3333-3333-333333333333", start(pki, agent, 1_300));
        new WebDriverWait(d, Duration.ofSeconds(30))
            .until(
                x -> {
                  x.get(wallet.url() + "approvals");
                  return !x.findElements(By.className("order")).isEmpty();
                });
        String approval = d.findElement(By.className("order")).getText();
        assertThat(approval).contains("26.00 EUR").contains("Wadden Islands Hiking Map");
        browser.screenshot("wallet-approval");
        d.findElement(By.cssSelector(".order input[type=password]")).sendKeys("not my password");
        d.findElement(By.cssSelector(".order button.primary")).click();
        assertThat(d.findElement(By.id("problem")).getText()).contains("Wrong password");

        parties.queued.put("44444444-4444-4444-4444-444444444444", start(pki, agent, 1_600));
        new WebDriverWait(d, Duration.ofSeconds(30))
            .until(x -> parties.acks.stream().anyMatch(a -> a.startsWith("44444444")));
        d.get(wallet.url() + "agents");
        assertThat(d.findElement(By.id("agent-events")).getText()).contains("refused");
        browser.screenshot("wallet-agents");

        d.findElement(By.cssSelector("#agent-" + agent.agentId() + " button")).click();
        assertThat(d.findElement(By.className("flash")).getText())
            .contains("revoked")
            .contains("agent server was told");
        assertThat(parties.revoked).containsExactly(agent.agentId());
        browser.screenshot("wallet-agent-revoked");
      }
    }
  }

  private static byte[] start(WalletPki pki, FakeParties.Agent agent, long unitCents)
      throws Exception {
    WalletPki.Party merchant = pki.merchant("Nordlicht Books");
    SetInitiation initiation =
        new SetInitiation(
            "nordlicht-books",
            "http://127.0.0.1:9/merchant/set",
            "NB-7KQ2M9XD4P".getBytes(),
            "2 × Wadden Islands Hiking Map 1:50 000",
            new CurrencyAmount(978, 2 * unitCents, -2),
            "AgentCard",
            java.time.Instant.now().plusSeconds(1800),
            List.of(
                new OrderLine(
                    "NB-MAP-004",
                    "Wadden Islands Hiking Map 1:50 000",
                    "maps",
                    2,
                    new CurrencyAmount(978, unitCents, -2))));
    byte[] signed = new SetInitiations(WalletPki.SUITES.p256()).sign(merchant.signer(), initiation);
    PaymentStart ps =
        new PaymentStart(
            agent.mandate().getTerms().getMandateId(),
            1,
            agent.mandate().slot(1).getSealedToken(),
            "http://127.0.0.1:9/merchant/set",
            ContentInfo.getInstance(signed));
    return new PaymentStarts(
            WalletPki.SUITES.p256(), WalletPki.BC, new SecureRandom(), Clock.systemUTC())
        .seal(agent.party().signer(), ps, WalletPki.holder(pki.wallet));
  }
}
