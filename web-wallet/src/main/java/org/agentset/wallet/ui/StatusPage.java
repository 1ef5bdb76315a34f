package org.agentset.wallet.ui;

/** The wallet's start page: where it listens, where it keeps its file, whether the CA answers. */
final class StatusPage {

  private StatusPage() {}

  static String render(WalletStatus s) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>AgentSET Wallet</title>
          <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f7f4; color: #1d2733; }
            header { background: #1d2733; color: #fff; padding: 1rem 2rem; font-weight: 700; }
            header span { color: #7fd1ae; }
            main { max-width: 44rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem;
                   border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
            dt { font-weight: 600; margin-top: .75rem; }
            dd { margin: 0; color: #5b6878; word-break: break-all; }
          </style>
        </head>
        <body>
          <header>AgentSET <span>Wallet</span></header>
          <main>
            <h1>Your wallet</h1>
            <dl>
              <dt>Listening on</dt><dd id="url">%s (this computer only)</dd>
              <dt>Wallet file</dt><dd id="file">%s</dd>
              <dt>Certificate authority</dt><dd id="ca">%s: %s</dd>
            </dl>
          </main>
        </body>
        </html>
        """
        .formatted(
            escape(s.url()),
            escape(s.walletFile() ? s.home() + "/wallet.dat" : "none yet, in " + s.home()),
            escape(s.caUrl()),
            escape(s.caStatus()));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
