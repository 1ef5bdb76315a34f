package org.agentset.wallet.app;

/**
 * What the status page and {@code GET /api/status} report: where the wallet listens and keeps its
 * file, and whether the certificate authority answers.
 *
 * @param url the wallet's own address
 * @param home the wallet's directory
 * @param walletFile whether a wallet file exists there
 * @param caUrl where the wallet looks for the CA
 * @param caStatus "reachable" or why not
 * @param agentSetArc AgentSET's object identifier arc (shows set-core is on the class path)
 */
public record WalletStatus(
    String url,
    String home,
    boolean walletFile,
    String caUrl,
    String caStatus,
    String agentSetArc) {}
