package org.agentset.wallet.ui;

import org.agentset.wallet.app.StatusService;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.app.WalletStatus;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.store.WalletStore;

/** {@code /status}: where the wallet listens, where it keeps its file, whether the CA answers. */
final class StatusPage {

  private final StatusService status;
  private final WalletAccess access;
  private final String url;

  StatusPage(StatusService status, WalletAccess access, String url) {
    this.status = status;
    this.access = access;
    this.url = url;
  }

  void register(Router router) {
    router.get("/status", this::page);
  }

  private Response page(Request r) {
    WalletStatus s = status.status(url);
    String content =
        """
        <h1>Wallet status</h1>
        <dl class="panel">
          <dt>Listening on</dt><dd id="url">%s (this computer only)</dd>
          <dt>Wallet file</dt><dd id="file">%s</dd>
          <dt>Certificate authority</dt><dd id="ca">%s: %s</dd>
        </dl>
        """
            .formatted(
                Html.escape(s.url()),
                Html.escape(s.walletFile() ? s.home() + "/wallet.dat" : "none yet, in " + s.home()),
                Html.escape(s.caUrl()),
                Html.escape(s.caStatus()));
    boolean unlocked = access.stateFor(r.session().ticket()) == WalletStore.State.UNLOCKED;
    return Response.html(
        200, Layout.page("Wallet status", r.session(), unlocked, Layout.Nav.NONE, content));
  }
}
