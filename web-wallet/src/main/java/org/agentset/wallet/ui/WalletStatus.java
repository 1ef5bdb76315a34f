package org.agentset.wallet.ui;

/** What the wallet's start page and {@code /api/status} report. */
record WalletStatus(
    String url, String home, boolean walletFile, String caUrl, String caStatus, String oidArc) {

  String toJson() {
    return "{\"url\":"
        + json(url)
        + ",\"home\":"
        + json(home)
        + ",\"walletFile\":"
        + walletFile
        + ",\"caUrl\":"
        + json(caUrl)
        + ",\"caStatus\":"
        + json(caStatus)
        + ",\"agentSetArc\":"
        + json(oidArc)
        + "}";
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
