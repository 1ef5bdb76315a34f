package org.agentset.wallet.api;

import java.util.Set;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.http.JsonInput;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.http.Session;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletStore;

/**
 * The session and the wallet's lock: {@code GET /api/session}, {@code POST /api/wallet} (create),
 * {@code POST /api/unlock}, {@code POST /api/lock}, {@code POST /api/password}.
 */
final class SessionApi {

  private final WalletAccess access;

  SessionApi(WalletAccess access) {
    this.access = access;
  }

  void register(Router router) {
    router
        .get("/api/session", this::session)
        .post("/api/wallet", this::create)
        .post("/api/unlock", this::unlock)
        .post("/api/lock", this::lock)
        .post("/api/password", this::changePassword);
  }

  private Response session(Request r) {
    Session s = r.session();
    return Response.json(200, ApiViews.session(s, access.stateFor(s.ticket())));
  }

  private Response create(Request r) throws Exception {
    JsonInput in = r.json(Set.of("password", "confirmation"), Set.of());
    Ticket t = access.create(in.string("password"), in.string("confirmation"));
    return unlocked(r, t, 201);
  }

  private Response unlock(Request r) throws Exception {
    JsonInput in = r.json(Set.of("password"), Set.of());
    return unlocked(r, access.unlock(in.string("password")), 200);
  }

  private Response lock(Request r) {
    access.lock();
    r.session().locked();
    return Response.json(200, ApiViews.session(r.session(), WalletStore.State.LOCKED));
  }

  private Response changePassword(Request r) throws Exception {
    JsonInput in = r.json(Set.of("current", "next", "confirmation"), Set.of());
    Ticket t =
        access.changePassword(
            r.ticket(), in.string("current"), in.string("next"), in.string("confirmation"));
    r.session().unlocked(t);
    return Response.json(200, ApiViews.session(r.session(), WalletStore.State.UNLOCKED));
  }

  /** After an unlock the session gets a new id and token, returned here (and in the cookie). */
  private static Response unlocked(Request r, Ticket t, int status) {
    Session s = r.rotateSession();
    s.unlocked(t);
    return Response.json(status, ApiViews.session(s, WalletStore.State.UNLOCKED));
  }
}
