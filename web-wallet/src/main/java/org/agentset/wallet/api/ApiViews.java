package org.agentset.wallet.api;

import jakarta.json.JsonObject;
import org.agentset.wallet.app.CardView;
import org.agentset.wallet.app.SettingsService;
import org.agentset.wallet.app.WalletStatus;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.http.Session;
import org.agentset.wallet.store.WalletStore;

/** The JSON shapes the API answers with. */
final class ApiViews {

  private ApiViews() {}

  static JsonObject card(CardView c) {
    return Json.object()
        .add("id", c.id())
        .add("lastFour", c.lastFour())
        .add("expiry", c.expiry())
        .add("holderName", c.holderName())
        .add("enrolled", c.enrolled())
        .build();
  }

  static JsonObject session(Session s, WalletStore.State state) {
    return Json.object()
        .add("wallet", state.name().toLowerCase(java.util.Locale.ROOT))
        .add("csrfToken", s.csrfToken())
        .build();
  }

  static JsonObject settings(SettingsService.View v) {
    return Json.object()
        .add("idleMinutes", v.idleMinutes())
        .add("defaultIdleMinutes", v.defaultMinutes())
        .add("customised", v.customised())
        .build();
  }

  static JsonObject status(WalletStatus s) {
    return Json.object()
        .add("url", s.url())
        .add("home", s.home())
        .add("walletFile", s.walletFile())
        .add("caUrl", s.caUrl())
        .add("caStatus", s.caStatus())
        .add("agentSetArc", s.agentSetArc())
        .build();
  }
}
