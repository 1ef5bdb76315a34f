package org.agentset.merchant.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.settlement.CaptureService;

/**
 * Backs {@code admin/orders.xhtml}: the merchant's orders with their payment state and XID, and the
 * capture batch — the authorised orders picked go to the gateway as CapReq batches in the
 * background while the page shows the progress, then each order's outcome.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OrdersView.class.getName());

  @EJB private transient BackOffice office;
  @EJB private transient CaptureService captures;
  @Resource private transient ManagedExecutorService executor;

  private String status;
  private List<PurchaseOrder> orders;
  private final Map<UUID, Boolean> picked = new HashMap<>();
  private CaptureJob job;
  private boolean reloaded;

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    PurchaseOrder.Status s =
        status == null || status.isBlank() ? null : PurchaseOrder.Status.valueOf(status);
    orders = office.orders(s, 500);
  }

  /** Starts a capture batch of the picked orders. */
  public void captureSelected() {
    List<UUID> ids =
        picked.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    if (ids.isEmpty()) {
      message(
          FacesMessage.SEVERITY_WARN,
          "No order picked",
          "Tick the authorised orders to capture first.");
      return;
    }
    if (job != null && !job.isFinished()) {
      message(FacesMessage.SEVERITY_WARN, "A batch is running", "Wait until it is answered.");
      return;
    }
    String merchant = office.merchant().getCode();
    CaptureJob started = new CaptureJob(ids.size());
    job = started;
    reloaded = false;
    executor.submit(
        () -> {
          try {
            started.finished(captures.capture(merchant, ids, started::answered));
          } catch (RuntimeException e) {
            LOG.warning("Capture batch failed: " + e);
            started.failed(
                "The batch stopped: "
                    + e.getClass().getSimpleName()
                    + ". Nothing more was sent; reload the orders to see their state.");
          }
        });
  }

  /** Polled while a batch runs: once it is answered, the orders are read again. */
  public void tick() {
    if (job != null && job.isFinished() && !reloaded) {
      reloaded = true;
      picked.clear();
      search();
      if (job.getFailure() != null) {
        message(FacesMessage.SEVERITY_ERROR, "Capture batch stopped", job.getFailure());
      } else {
        message(
            FacesMessage.SEVERITY_INFO,
            "Capture batch answered",
            job.count("CAPTURED")
                + " captured, "
                + job.count("REFUSED")
                + " refused, "
                + job.count("UNKNOWN")
                + " without an answer, "
                + job.count("SKIPPED")
                + " not sent.");
      }
    }
  }

  private static void message(FacesMessage.Severity s, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(s, summary, detail));
  }

  /** The XID as the gateway's records show it (hex), or a dash. */
  public static String xid(PurchaseOrder o) {
    byte[] x = o.getXid();
    return x == null ? "—" : HexFormat.of().formatHex(x);
  }

  public List<PurchaseOrder.Status> getStatuses() {
    return List.of(PurchaseOrder.Status.values());
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }

  /** The orders picked for capture, by id. */
  public Map<UUID, Boolean> getPicked() {
    return picked;
  }

  /** The running or last capture batch, or null. */
  public CaptureJob getJob() {
    return job;
  }

  public boolean isRunning() {
    return job != null && !job.isFinished();
  }

  /** Whether the page still polls: a batch was started and its outcome not yet shown. */
  public boolean isPolling() {
    return job != null && !reloaded;
  }
}
