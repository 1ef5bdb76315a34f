package org.agentset.wallet.api;

import java.util.Set;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.SettingsService;
import org.agentset.wallet.app.StatusService;
import org.agentset.wallet.http.JsonInput;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;

/**
 * Settings and status: {@code GET} and {@code PUT /api/settings} ({@code idleMinutes}), and {@code
 * GET /api/status}, which needs no unlock.
 */
final class SettingsApi {

  private final SettingsService settings;
  private final StatusService status;
  private final String url;

  SettingsApi(SettingsService settings, StatusService status, String url) {
    this.settings = settings;
    this.status = status;
    this.url = url;
  }

  void register(Router router) {
    router
        .get("/api/settings", r -> Response.json(200, ApiViews.settings(settings.view(r.ticket()))))
        .put("/api/settings", this::update)
        .get("/api/status", r -> Response.json(200, ApiViews.status(status.status(url))));
  }

  private Response update(Request r) throws Exception {
    JsonInput in = r.json(Set.of(), Set.of("idleMinutes"));
    String minutes = in.integerText("idleMinutes");
    if (minutes == null) {
      throw new InvalidInputException("idleMinutes", "Give the idle timeout in minutes.");
    }
    return Response.json(200, ApiViews.settings(settings.setIdleMinutes(r.ticket(), minutes)));
  }
}
