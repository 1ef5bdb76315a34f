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

  static String money(long minor) {
    return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
  }

  static String currency(int numeric) {
    return numeric == 978 ? "EUR" : Integer.toString(numeric);
  }

  static JsonObject purchase(org.agentset.wallet.model.Purchase p) {
    var b =
        Json.object()
            .add("purchaseId", p.id())
            .add("at", p.at().toString())
            .add("merchant", p.merchantCode())
            .add("orderDescription", p.description())
            .add(
                "amount",
                java.math.BigDecimal.valueOf(p.amountMinor(), -p.amtExp10()).toPlainString())
            .add("currency", currency(p.currency()))
            .add("lidM", p.lidM())
            .add("outcome", p.outcome().name())
            .add("detail", p.detail())
            .add("cardLastFour", p.cardLastFour())
            .add("receipt", p.receipt().isPresent());
    p.xid().ifPresent(x -> b.add("xid", x));
    p.agentId().ifPresent(a -> b.add("agentId", a));
    return b.build();
  }

  static JsonObject order(org.agentset.wallet.app.CheckoutService.Order o) {
    var i = o.initiation();
    var lines = Json.array();
    for (var l : i.getLines()) {
      lines.add(
          Json.object()
              .add("sku", l.getSku())
              .add("name", l.getName())
              .add("category", l.getCategory())
              .add("quantity", l.getQuantity())
              .add("unitPrice", l.getUnitPrice().toBigDecimal().toPlainString()));
    }
    return Json.object()
        .add("orderId", o.id())
        .add("merchant", i.getMerchantCode())
        .add("orderDescription", i.getOrderDescription())
        .add("amount", i.getAmount().toBigDecimal().toPlainString())
        .add("currency", currency(i.getAmount().getCurrency()))
        .add("brand", i.getBrand())
        .add("expiresAt", i.getExpires().toString())
        .add("setEndpoint", i.getSetEndpoint())
        .add("lines", lines)
        .build();
  }
}
