package org.agentset.wallet.ui;

import java.util.Optional;
import org.agentset.wallet.http.Session;

/**
 * The frame of every page, as the storefront's template: the dark bar with the brand, the page
 * column, the footer. The navigation appears only for a session that has unlocked the wallet.
 */
final class Layout {

  /** Which navigation entry is current, if any. */
  enum Nav {
    CARDS,
    ENROLMENT,
    AGENTS,
    APPROVALS,
    PURCHASES,
    SETTINGS,
    NONE
  }

  private Layout() {}

  /** A whole page. */
  static String page(String title, Session session, boolean unlocked, Nav current, String content) {
    Optional<String> flash = session.takeFlash();
    return """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>%s · AgentSET Wallet</title>
      <link rel="stylesheet" href="/assets/wallet.css">
    </head>
    <body>
      <header class="bar">
        <a class="brand" href="/">AgentSET <span>Wallet</span></a>
        <span class="note">On this computer only</span>
        %s
      </header>
      <main class="page">
        %s%s
      </main>
      <footer class="foot">AgentSET wallet · your cards and keys stay on this computer ·
        <a href="/status">Status</a></footer>
    </body>
    </html>
    """
        .formatted(
            Html.escape(title),
            unlocked ? nav(session, current) : "",
            flash
                .map(f -> "<p class=\"flash\" role=\"status\">" + Html.escape(f) + "</p>\n")
                .orElse(""),
            content);
  }

  private static String nav(Session session, Nav current) {
    return """
    <nav class="nav">
          <a href="/cards"%s>Cards</a>
          <a href="/enrolment"%s>Enrolment</a>
          <a href="/agents"%s>Agents</a>
          <a href="/approvals"%s>Approvals</a>
          <a href="/purchases"%s>Purchases</a>
          <a href="/settings"%s>Settings</a>
          <form method="post" action="/lock">%s<button type="submit" id="lock">Lock</button></form>
        </nav>\
    """
        .formatted(
            current == Nav.CARDS ? " aria-current=\"page\"" : "",
            current == Nav.ENROLMENT ? " aria-current=\"page\"" : "",
            current == Nav.AGENTS ? " aria-current=\"page\"" : "",
            current == Nav.APPROVALS ? " aria-current=\"page\"" : "",
            current == Nav.PURCHASES ? " aria-current=\"page\"" : "",
            current == Nav.SETTINGS ? " aria-current=\"page\"" : "",
            Html.csrf(session.csrfToken()));
  }
}
