package org.agentset.gateway.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import org.agentset.bank.api.Trace;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.msg.CaptureRequest;

/**
 * A verified CapReq matched with the gateway's records: each item that set-core's token checks
 * allowed must name a transaction the gateway AUTHORISED for this merchant and not ask more than
 * was authorised (and not yet captured); such an item gets the trace its bank capture goes under.
 * Every other item keeps, or gets, the CapCode saying why not.
 */
public final class CapturePlan {

  /** One item: its result so far and, when it goes to the bank, its record and trace. */
  public record Line(CaptureRequest.Item item, Long transactionId, Trace trace) {
    public boolean toBank() {
      return transactionId != null;
    }
  }

  private final CaptureRequest request;
  private final List<Line> lines;

  private CapturePlan(CaptureRequest request, List<Line> lines) {
    this.request = request;
    this.lines = List.copyOf(lines);
  }

  /**
   * Plans the captures of {@code request}.
   *
   * @param records the record of (XID, AuthRRPID), locked for update
   * @param stans the next STAN
   */
  static CapturePlan plan(
      CaptureRequest request,
      BiFunction<byte[], byte[], Optional<PaymentTransaction>> records,
      IntSupplier stans,
      Clock clock) {
    List<Line> lines = new ArrayList<>();
    String merchant = request.merchantId().getString();
    Instant now = clock.instant();
    for (CaptureRequest.Item item : request.items()) {
      if (item.result() != CapCode.SUCCESS) {
        lines.add(new Line(item, null, null));
        continue;
      }
      Optional<PaymentTransaction> t = records.apply(item.transIds().getXid(), item.authRrpid());
      CapCode refused = null;
      long minor = 0;
      if (t.isEmpty() || !t.get().getMerchantId().equals(merchant)) {
        refused = CapCode.UNKNOWN_XID;
      } else if ("CAPTURED".equals(t.get().getState())) {
        refused = CapCode.DUPLICATE_REQUEST;
      } else if (!"AUTHORISED".equals(t.get().getState())) {
        refused = CapCode.INVALID_AUTH_DATA;
      } else {
        try {
          minor = RecordPolicy.minor(item.amount());
        } catch (IllegalArgumentException e) {
          refused = CapCode.INVALID_AUTH_DATA;
        }
        if (refused == null
            && (minor <= 0
                || minor > t.get().getAuthorisedMinor()
                || item.amount().getCurrency() != t.get().getCurrencyNumeric())) {
          refused = CapCode.INVALID_AUTH_DATA;
        }
      }
      if (refused != null) {
        lines.add(new Line(failed(item, refused), null, null));
        continue;
      }
      Trace trace = RecordPolicy.trace(stans.getAsInt(), now);
      t.get().captureTrace(trace.stan(), trace.transmitted());
      t.get().captureRequest(request.rrpid());
      lines.add(new Line(item, t.get().getId(), trace));
    }
    return new CapturePlan(request, lines);
  }

  static CaptureRequest.Item failed(CaptureRequest.Item item, CapCode code) {
    return new CaptureRequest.Item(item.transIds(), item.authRrpid(), item.amount(), code);
  }

  public CaptureRequest request() {
    return request;
  }

  public List<Line> lines() {
    return lines;
  }
}
