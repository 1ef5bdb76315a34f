package org.agentset.wallet.ui;

import java.util.List;
import org.agentset.wallet.app.FieldError;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.http.Session;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore.State;

/**
 * The way in and out: {@code /} sends the customer where the wallet's state says (create, unlock or
 * cards); {@code /create} on first run; {@code /unlock}; {@code POST /lock}.
 */
final class AccessPages {

  private final WalletAccess access;

  AccessPages(WalletAccess access) {
    this.access = access;
  }

  void register(Router router) {
    router
        .get("/", this::home)
        .get(
            "/create",
            r -> state(r) == State.ABSENT ? createForm(r, 200, List.of()) : Response.redirect("/"))
        .post("/create", this::create)
        .get(
            "/unlock",
            r -> state(r) == State.LOCKED ? unlockForm(r, 200, List.of()) : Response.redirect("/"))
        .post("/unlock", this::unlock)
        .post("/lock", this::lock);
  }

  private State state(Request r) {
    return access.stateFor(r.session().ticket());
  }

  private Response home(Request r) {
    return Response.redirect(
        switch (state(r)) {
          case ABSENT -> "/create";
          case LOCKED -> "/unlock";
          case UNLOCKED -> "/cards";
        });
  }

  private Response create(Request r) throws Exception {
    try {
      Ticket t = access.create(r.form().get("password"), r.form().get("confirmation"));
      Session s = r.rotateSession();
      s.unlocked(t);
      s.flash("Your wallet is ready. Add a card to pay with it.");
      return Response.redirect("/cards");
    } catch (InvalidInputException e) {
      return createForm(r, 400, e.errors());
    } catch (WalletException e) {
      if (e.reason() == WalletException.Reason.EXISTS) {
        return Response.redirect("/unlock");
      }
      throw e;
    }
  }

  private Response unlock(Request r) throws Exception {
    try {
      Ticket t = access.unlock(r.form().get("password"));
      String next = r.session().takeReturnTo().orElse("/cards");
      Session s = r.rotateSession();
      s.unlocked(t);
      return Response.redirect(next);
    } catch (InvalidInputException e) {
      return unlockForm(r, 400, e.errors());
    } catch (WalletException e) {
      if (e.reason() == WalletException.Reason.WRONG_PASSWORD) {
        return unlockForm(r, 403, List.of(new FieldError("password", e.getMessage())));
      }
      throw e;
    }
  }

  private Response lock(Request r) {
    access.lock();
    r.session().locked();
    r.session().flash("Wallet locked.");
    return Response.redirect("/unlock");
  }

  private Response createForm(Request r, int status, List<FieldError> errors) {
    String content =
        """
        <h1>Create your wallet</h1>
        <p class="lead">The wallet keeps your cards and keys on this computer, in one file
        encrypted with a key made from your password. Nobody can open it without the password —
        and nobody can recover it for you, so choose one you will remember.</p>
        <form class="panel" method="post" action="/create">
          %s
          %s
          %s
          <button class="primary" type="submit" id="create">Create wallet</button>
        </form>
        """
            .formatted(
                Html.csrf(r.session().csrfToken()),
                Html.field(
                    "password",
                    "Password",
                    "password",
                    "autocomplete=\"new-password\" required",
                    "",
                    "At least " + WalletAccess.MIN_LENGTH + " characters.",
                    errors),
                Html.field(
                    "confirmation",
                    "Password again",
                    "password",
                    "autocomplete=\"new-password\" required",
                    "",
                    "",
                    errors));
    return Response.html(
        status, Layout.page("Create your wallet", r.session(), false, Layout.Nav.NONE, content));
  }

  private Response unlockForm(Request r, int status, List<FieldError> errors) {
    String content =
        """
        <h1>Unlock your wallet</h1>
        <p class="lead">The wallet is locked. It locks itself when it has not been used
        for a while.</p>
        <form class="panel" method="post" action="/unlock">
          %s
          %s
          <button class="primary" type="submit" id="unlock">Unlock</button>
        </form>
        """
            .formatted(
                Html.csrf(r.session().csrfToken()),
                Html.field(
                    "password",
                    "Password",
                    "password",
                    "autocomplete=\"current-password\" required autofocus",
                    "",
                    "",
                    errors));
    return Response.html(
        status, Layout.page("Unlock your wallet", r.session(), false, Layout.Nav.NONE, content));
  }
}
