package org.agentset.merchant.set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.agentset.merchant.infra.MerchantConfig;

/**
 * The transaction around one SET message: the desk's reads and writes (order, purchase record,
 * replay entries, completion event) commit together or not at all.
 */
@Stateless
public class SetDesk {

  @Inject private EnrolledMerchants parties;
  @Inject private JpaOrderBook orders;
  @Inject private JpaPurchaseStore store;
  @Inject private MerchantConfig config;

  private MerchantSetDesk desk;

  @PostConstruct
  void init() {
    desk =
        new MerchantSetDesk(
            parties, orders, store, new HttpGatewayLink(config.settings().gatewayUrl()));
  }

  /** The answer to one SET message (never throws for bad input). */
  public byte[] handle(byte[] message) {
    return desk.handle(message);
  }
}
