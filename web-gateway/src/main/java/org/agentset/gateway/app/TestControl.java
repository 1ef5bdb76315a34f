package org.agentset.gateway.app;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import org.agentset.bank.api.BankResult;

/**
 * The integration tests' crash hook: when {@code agentset.gateway.test-control=true} (only the
 * Arquillian server sets it) and armed, the JVM halts right after the bank approved an
 * authorisation (or, armed for captures, a capture at once) and before the gateway records or
 * answers it, as a power cut would. Inert otherwise.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestControl {

  private static final Logger LOG = Logger.getLogger(TestControl.class.getName());

  @EJB private GatewayEngine engine;

  private volatile boolean haltAfterApproval;
  private volatile boolean haltAfterCapture;

  /** Whether the hook may be used at all. */
  public boolean enabled() {
    return engine.settings().testControl();
  }

  /** Arms the hook for the next approval. */
  public void armHaltAfterApproval() {
    if (!enabled()) {
      throw new IllegalStateException("test control is off");
    }
    haltAfterApproval = true;
  }

  /** Arms the hook for the next capture at once (CaptureNow) the bank approves. */
  public void armHaltAfterCapture() {
    if (!enabled()) {
      throw new IllegalStateException("test control is off");
    }
    haltAfterCapture = true;
  }

  /** Halts the JVM if armed and the bank approved a capture at once, before it is recorded. */
  public void afterCaptureAtOnce(BankResult result) {
    if (haltAfterCapture && result != null && result.approved() && enabled()) {
      LOG.severe("Test control: halting the JVM after the bank's capture, before recording it");
      Runtime.getRuntime().halt(86);
    }
  }

  /** Halts the JVM if armed and the bank approved. */
  public void afterBankAnswer(BankResult result) {
    if (haltAfterApproval && result != null && result.approved() && enabled()) {
      LOG.severe("Test control: halting the JVM after the bank's approval, before recording it");
      Runtime.getRuntime().halt(86);
    }
  }
}
