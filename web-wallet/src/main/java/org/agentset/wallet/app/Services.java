package org.agentset.wallet.app;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.wallet.WalletSettings;
import org.agentset.wallet.infra.AgentServerClient;
import org.agentset.wallet.infra.CaTrust;
import org.agentset.wallet.pay.SetPayer;
import org.agentset.wallet.pay.SetTransport;
import org.agentset.wallet.store.WalletStore;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The wallet's services, built once over one store and handed to both faces (UI and API).
 *
 * @param access create, unlock, lock, password
 * @param cards the cards
 * @param settings the customer's settings
 * @param status the status report
 * @param agents delegation and revocation
 * @param paymentStarts the agents' payment starts and the customer's confirmations
 * @param checkout purchases from a storefront, and the receipts
 * @param clock the wallet's clock
 * @param store the wallet store (pages read the history from it)
 * @param enrolment cardholder registration and the communication certificate
 * @param sai the SAI channel to the agent server
 */
public record Services(
    WalletAccess access,
    CardService cards,
    SettingsService settings,
    StatusService status,
    AgentService agents,
    PaymentStartService paymentStarts,
    CheckoutService checkout,
    Clock clock,
    WalletStore store,
    EnrolmentService enrolment,
    SaiService sai) {

  /** The services over {@code store}, talking to the CA and agent server of {@code config}. */
  public static Services over(
      WalletStore store, WalletSettings config, Clock clock, SecureRandom random) {
    return over(store, config, clock, random, SetTransport.http());
  }

  /** As {@link #over(WalletStore, WalletSettings, Clock, SecureRandom)} with a SET transport. */
  public static Services over(
      WalletStore store,
      WalletSettings config,
      Clock clock,
      SecureRandom random,
      SetTransport transport) {
    Provider bc = new BouncyCastleProvider();
    AlgorithmSuites suites = new AlgorithmSuites(bc, random);
    CaTrust trust = new CaTrust(config.caUrl(), bc, clock);
    AgentServerClient ans = new AgentServerClient(config.ansUrl());
    AgentService agents = new AgentService(store, ans, clock, random, suites, bc);
    SetPayer payer = new SetPayer(store, trust, transport, clock, random, suites, bc);
    SaiService sai =
        new SaiService(
            store, new org.agentset.wallet.infra.SaiClient(config.ansUrl(), clock), suites, bc);
    PaymentStartService starts =
        new PaymentStartService(
            store,
            agents,
            trust,
            trust::refresh,
            payer,
            sai,
            clock,
            random,
            bc,
            config.confirmTimeout());
    sai.attach(starts);
    WalletAccess access = new WalletAccess(store);
    access.onUnlock(sai::unlocked);
    return new Services(
        access,
        new CardService(store, clock, random),
        new SettingsService(store, config.idleTimeout()),
        new StatusService(config),
        agents,
        starts,
        new CheckoutService(store, trust, trust::refresh, payer, clock, random, suites, bc),
        clock,
        store,
        new EnrolmentService(
            store, trust, trust::refresh, config.caUrl(), clock, random, suites, bc),
        sai);
  }
}
