package org.agentset.wallet.app;

import java.nio.file.Files;
import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.wallet.WalletSettings;

/** Gathers the wallet's status: its configuration and whether the CA answers right now. */
public final class StatusService {

  private final WalletSettings settings;
  private final CaProbe ca;

  public StatusService(WalletSettings settings) {
    this.settings = settings;
    this.ca = new CaProbe(settings.caUrl());
  }

  /** The status, for a wallet answering at {@code url}. */
  public WalletStatus status(String url) {
    return new WalletStatus(
        url,
        settings.home().toString(),
        Files.exists(settings.home().resolve("wallet.dat")),
        settings.caUrl().toString(),
        ca.check(),
        SetObjectIdentifiers.AGENTSET.getId());
  }
}
