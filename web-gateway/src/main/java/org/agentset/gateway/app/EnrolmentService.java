package org.agentset.gateway.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.util.logging.Logger;
import org.agentset.gateway.app.CaDirectory.CaUnavailableException;

/**
 * Enrols the gateway with the CA by SET registration after deployment, never during it (the CA is
 * in the same EAR and may not be up yet): a timer tries 20 seconds after start and then every
 * minute until the gateway holds certified keys, or until an operator installed certificates by
 * hand ({@code /gateway/api/credentials}). Without a key-store password it does nothing.
 */
@Singleton
@Startup
@DependsOn("GatewaySchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentService {

  private static final Logger LOG = Logger.getLogger(EnrolmentService.class.getName());

  @Resource private TimerService timers;
  @EJB private GatewayKeyRing keyRing;
  @EJB private GatewayEngine engine;

  private volatile boolean running;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(20_000, 60_000, new TimerConfig("gateway-enrolment", false));
  }

  @Timeout
  void tick(jakarta.ejb.Timer timer) {
    if (running) {
      return;
    }
    running = true;
    try {
      if (keyRing.keys().isEmpty()) {
        return;
      }
      if (keyRing.certified()) {
        timer.cancel();
        return;
      }
      SetEnrolment.Outcome o =
          new SetEnrolment(engine.provider(), engine.clock(), engine.settings().caUrl())
              .enrol(
                  engine.suite(),
                  engine.directory().snapshot(),
                  engine.settings().acquirerBin(),
                  engine.settings().enrolmentCode());
      if (o.keys() != null) {
        keyRing.installEnrolled(o.keys());
        timer.cancel();
      } else {
        LOG.warning("Gateway enrolment not done; retried in a minute: " + o.problem());
      }
    } catch (IOException | CaUnavailableException | RuntimeException e) {
      LOG.warning("Gateway enrolment with the CA failed; retried in a minute: " + e.getMessage());
    } finally {
      running = false;
    }
  }
}
