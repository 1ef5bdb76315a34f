package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.ca.hierarchy.CaName;

/**
 * Every five minutes, asks {@link StatusRefresh} whether any CRL or the BCI is due for
 * re-issuance. A failure is logged and retried at the next tick; it never stops the timer.
 */
@Singleton
@PermitAll
@Startup
@DependsOn("CaKeyRing")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatusScheduler {

  private static final Logger LOG = Logger.getLogger(StatusScheduler.class.getName());

  @EJB private StatusRefresh refresh;

  @Schedule(hour = "*", minute = "*/5", persistent = false, info = "CRL and BCI refresh")
  void tick() {
    try {
      boolean changed = false;
      for (CaName ca : CaName.values()) {
        changed |= refresh.refreshCrl(ca);
      }
      if (refresh.refreshBci(changed) || changed) {
        LOG.info("Re-issued CRLs and the BrandCRLIdentifier before expiry");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "CRL/BCI refresh failed; retrying at the next tick", e);
    }
  }
}
