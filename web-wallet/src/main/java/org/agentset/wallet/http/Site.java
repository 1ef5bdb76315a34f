package org.agentset.wallet.http;

/** What the server serves: the routes of the UI and the API, and the UI's error page. */
public interface Site {

  /** The routes, given the wallet's own URL (known once the port is bound). */
  Router routes(String url);

  /** An HTML page explaining {@code problem}, for requests outside {@code /api/}. */
  String errorPage(HttpProblem problem, Request request);
}
