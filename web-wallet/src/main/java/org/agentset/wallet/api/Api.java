package org.agentset.wallet.api;

import org.agentset.wallet.app.Services;
import org.agentset.wallet.http.Router;

/** Adds every API route to a router. */
public final class Api {

  private Api() {}

  /** Registers the API of {@code services}, for a wallet answering at {@code url}. */
  public static void register(Router router, Services services, String url) {
    new SessionApi(services.access()).register(router);
    new CardsApi(services.cards()).register(router);
    new SettingsApi(services.settings(), services.status(), url).register(router);
    new AgentsApi(services.agents(), services.paymentStarts(), services.access(), services.clock())
        .register(router);
    new PurchasesApi(services.checkout()).register(router);
    new EnrolmentApi(services.enrolment()).register(router);
  }
}
