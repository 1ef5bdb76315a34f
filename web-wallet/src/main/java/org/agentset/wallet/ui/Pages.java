package org.agentset.wallet.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.agentset.wallet.app.Services;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;

/** Adds every page of the UI, and its style sheet, to a router; renders the error page. */
public final class Pages {

  private static final byte[] CSS = resource("wallet.css");

  private Pages() {}

  /** Registers the pages over {@code services}, for a wallet answering at {@code url}. */
  public static void register(Router router, Services services, String url) {
    new AccessPages(services.access()).register(router);
    new CardsPage(services.cards()).register(router);
    new SettingsPage(services.settings(), services.access()).register(router);
    new EnrolmentPage(services.enrolment(), services.cards(), services.store()).register(router);
    new AgentsPage(services.agents(), services.store(), services.clock(), services.sai())
        .register(router);
    new ApprovalsPage(services.paymentStarts(), services.access()).register(router);
    new PurchasesPage(services.checkout(), services.cards()).register(router);
    new StatusPage(services.status(), services.access(), url).register(router);
    router.get("/assets/wallet.css", r -> Response.of(200, "text/css; charset=utf-8", CSS));
  }

  /** The page shown for a refused or failed request outside the API. */
  public static String errorPage(HttpProblem p, Request r) {
    String content =
        """
        <h1>%s</h1>
        <p class="lead" id="problem">%s</p>
        <p><a href="/">Back to the wallet</a></p>
        """
            .formatted(Html.escape(p.title()), Html.escape(p.detail()));
    return Layout.page(p.title(), r.session(), false, Layout.Nav.NONE, content);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the wallet's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
