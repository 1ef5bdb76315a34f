package org.agentset.wallet.ui;

import java.util.List;
import org.agentset.wallet.app.FieldError;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.SettingsService;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;

/** {@code /settings}: the idle timeout and the password. */
final class SettingsPage {

  private final SettingsService settings;
  private final WalletAccess access;

  SettingsPage(SettingsService settings, WalletAccess access) {
    this.settings = settings;
    this.access = access;
  }

  void register(Router router) {
    router
        .get("/settings", r -> page(r, 200, "", List.of()))
        .post("/settings/idle", this::idle)
        .post("/settings/password", this::password);
  }

  private Response idle(Request r) throws Exception {
    String typed = r.form().get("idleMinutes");
    try {
      SettingsService.View v = settings.setIdleMinutes(r.ticket(), typed);
      r.session()
          .flash("The wallet now locks itself after " + v.idleMinutes() + " minutes without use.");
      return Response.redirect("/settings");
    } catch (InvalidInputException e) {
      return page(r, 400, typed == null ? "" : typed, e.errors());
    }
  }

  private Response password(Request r) throws Exception {
    try {
      Ticket t =
          access.changePassword(
              r.ticket(),
              r.form().get("current"),
              r.form().get("next"),
              r.form().get("confirmation"));
      r.session().unlocked(t);
      r.session().flash("Password changed; the wallet file is re-encrypted under the new one.");
      return Response.redirect("/settings");
    } catch (InvalidInputException e) {
      return page(r, 400, "", e.errors());
    } catch (WalletException e) {
      if (e.reason() == WalletException.Reason.WRONG_PASSWORD) {
        return page(r, 403, "", List.of(new FieldError("current", e.getMessage())));
      }
      throw e;
    }
  }

  private Response page(Request r, int status, String typedIdle, List<FieldError> errors)
      throws Exception {
    SettingsService.View v = settings.view(r.ticket());
    String csrf = Html.csrf(r.session().csrfToken());
    String content =
        """
        <h1>Settings</h1>
        <form class="panel" method="post" action="/settings/idle">
          <h2>Lock when idle</h2>
          %s
          %s
          <button class="primary" type="submit" id="save-idle">Save</button>
        </form>
        <form class="panel" method="post" action="/settings/password">
          <h2>Change password</h2>
          <p class="hint">The wallet file is encrypted again under a key from the new password.</p>
          %s
          %s
          %s
          %s
          <button class="primary" type="submit" id="change-password">Change password</button>
        </form>
        """
            .formatted(
                csrf,
                Html.field(
                    "idleMinutes",
                    "Minutes without use before the wallet locks itself",
                    "number",
                    "min=\"1\" max=\"240\" required",
                    typedIdle.isEmpty() ? Long.toString(v.idleMinutes()) : typedIdle,
                    v.customised()
                        ? "Your choice; the default (AGENTSET_WALLET_IDLE_MINUTES) is "
                            + v.defaultMinutes()
                            + "."
                        : "The default, from AGENTSET_WALLET_IDLE_MINUTES.",
                    errors),
                csrf,
                Html.field(
                    "current",
                    "Current password",
                    "password",
                    "autocomplete=\"current-password\" required",
                    "",
                    "",
                    errors),
                Html.field(
                    "next",
                    "New password",
                    "password",
                    "autocomplete=\"new-password\" required",
                    "",
                    "At least " + WalletAccess.MIN_LENGTH + " characters.",
                    errors),
                Html.field(
                    "confirmation",
                    "New password again",
                    "password",
                    "autocomplete=\"new-password\" required",
                    "",
                    "",
                    errors));
    return Response.html(
        status, Layout.page("Settings", r.session(), true, Layout.Nav.SETTINGS, content));
  }
}
