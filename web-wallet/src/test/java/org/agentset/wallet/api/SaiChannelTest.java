package org.agentset.wallet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SetInitiations;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.agentset.wallet.agents.FakeParties;
import org.agentset.wallet.agents.WalletPki;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.store.Ticket;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAI channel over a real socket: once unlocked and holding its communication certificate, the
 * wallet opens the channel itself (authenticated by a signature the agent server checks), receives
 * payment starts as server-sent events, decides on each, and acknowledges it with its outcome and
 * reason; it reconnects when the stream ends; a locked wallet keeps the channel closed.
 */
class SaiChannelTest {

  @TempDir Path home;

  private final WalletPki pki = new WalletPki();
  private FakeParties parties;
  private TestWallet wallet;

  @AfterEach
  void stop() {
    if (wallet != null) {
      wallet.close();
    }
    if (parties != null) {
      parties.close();
    }
  }

  @Test
  void paymentStartsArriveOverTheChannelAndAreAcknowledgedWithTheirOutcome() throws Exception {
    wallet = new TestWallet(home, java.net.URI.create("http://127.0.0.1:9/ca"));
    java.time.Clock clock = wallet.clock;
    wallet.close();
    parties = new FakeParties(pki, clock);
    wallet = new TestWallet(home, parties.caUrl());
    WalletClient client = wallet.client();
    client.createWallet();
    Ticket t = wallet.wallet.store().unlock(TestWallet.PASSWORD.toCharArray());
    wallet
        .wallet
        .store()
        .update(
            t, c -> c.withCommunication(pki.walletCredential()).withCard(WalletPki.enrolledCard()));

    var created =
        client.api(
            "POST",
            "/api/agents",
            """
            {"category":"maps","quantity":2,"maxUnitPrice":"15.00","budget":"40.00",
             "deadline":"%s","mode":"confirm"}\
            """
                .formatted(wallet.clock.instant().plus(Duration.ofDays(7))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Json.read(created.body().getBytes()).getString("agentId");
    FakeParties.Agent agent = parties.agents.get(id);
    parties.queued.put("11111111-1111-1111-1111-111111111111", start(agent, 1_300, 2));
    parties.queued.put("22222222-2222-2222-2222-222222222222", start(agent, 1_300, 3));

    long deadline = System.currentTimeMillis() + 20_000;
    while (parties.acks.size() < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertThat(parties.badAuthorisations.get()).isZero();
    assertThat(parties.acks)
        .anySatisfy(a -> assertThat(a).startsWith("11111111-1111-1111-1111-111111111111 RECEIVED"))
        .anySatisfy(
            a ->
                assertThat(a)
                    .startsWith("22222222-2222-2222-2222-222222222222 REFUSED item-in-progress:")
                    .contains("already waiting"));
    var approvals = Json.read(client.api("GET", "/api/approvals", null).body().getBytes());
    assertThat(approvals.getJsonArray("approvals")).hasSize(1);
    assertThat(client.page("/agents").body()).contains("SAI channel: connected");

    // a locked wallet closes the channel: no new connection after the current stream ends
    client.api("POST", "/api/lock", null);
    Thread.sleep(2_500);
    int before = parties.connections.get();
    Thread.sleep(3_000);
    assertThat(parties.connections.get()).isEqualTo(before);
  }

  private byte[] start(FakeParties.Agent agent, long unitCents, int quantity) throws Exception {
    WalletPki.Party merchant = pki.merchant("Nordlicht Books");
    SetInitiation initiation =
        new SetInitiation(
            "nordlicht-books",
            "http://127.0.0.1:9/merchant/set",
            "NB-1".getBytes(),
            quantity + " × Wadden Islands Hiking Map",
            new CurrencyAmount(978, quantity * unitCents, -2),
            "AgentCard",
            wallet.clock.instant().plusSeconds(1800),
            List.of(
                new OrderLine(
                    "NB-MAP-004",
                    "Wadden Islands Hiking Map",
                    "maps",
                    quantity,
                    new CurrencyAmount(978, unitCents, -2))));
    byte[] signed = new SetInitiations(WalletPki.SUITES.p256()).sign(merchant.signer(), initiation);
    PaymentStart start =
        new PaymentStart(
            agent.mandate().getTerms().getMandateId(),
            1,
            agent.mandate().slot(1).getSealedToken(),
            "http://127.0.0.1:9/merchant/set",
            ContentInfo.getInstance(signed));
    return new PaymentStarts(
            WalletPki.SUITES.p256(), WalletPki.BC, new SecureRandom(), wallet.clock)
        .seal(agent.party().signer(), start, WalletPki.holder(pki.wallet));
  }
}
