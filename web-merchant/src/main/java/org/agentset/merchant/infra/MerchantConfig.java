package org.agentset.merchant.infra;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** The settings, read once when the merchant server starts. */
@ApplicationScoped
public class MerchantConfig {

  private MerchantSettings settings;

  @PostConstruct
  void read() {
    settings = MerchantSettings.fromSystem();
  }

  public MerchantSettings settings() {
    return settings;
  }
}
