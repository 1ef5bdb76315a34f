package org.agentset.gateway.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import org.agentset.bank.api.Trace;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.msg.CreditRequest;

/**
 * A verified CredReq matched with the gateway's records: an item the token checks allowed must name
 * a capture the gateway made for this merchant (the CapReq's RRPID), and not ask more than is left
 * of it (captured minus refunded so far). An allowed item's amount is reserved on the record at
 * once and gets the trace of its bank refund; every other item gets the CredCode saying why not.
 */
public final class CreditPlan {

  /** One item: its result so far and, when it goes to the bank, its record, amount and trace. */
  public record Line(CreditRequest.Item item, Long transactionId, long minor, Trace trace) {
    public boolean toBank() {
      return transactionId != null;
    }
  }

  private final CreditRequest request;
  private final List<Line> lines;

  private CreditPlan(CreditRequest request, List<Line> lines) {
    this.request = request;
    this.lines = List.copyOf(lines);
  }

  static CreditPlan plan(
      CreditRequest request,
      BiFunction<byte[], byte[], Optional<PaymentTransaction>> records,
      IntSupplier stans,
      Clock clock) {
    List<Line> lines = new ArrayList<>();
    String merchant = request.merchantId().getString();
    Instant now = clock.instant();
    for (CreditRequest.Item item : request.items()) {
      if (item.result() != CredCode.SUCCESS) {
        lines.add(new Line(item, null, 0, null));
        continue;
      }
      Optional<PaymentTransaction> t = records.apply(item.transIds().getXid(), item.authRrpid());
      CredCode refused = null;
      long minor = 0;
      if (t.isEmpty()
          || !t.get().getMerchantId().equals(merchant)
          || t.get().getCaptureRrpid() == null
          || !Arrays.equals(t.get().getCaptureRrpid(), item.capRrpid())) {
        refused = CredCode.ORIGINAL_NOT_FOUND;
      } else {
        try {
          minor = RecordPolicy.minor(item.amount());
        } catch (IllegalArgumentException e) {
          refused = CredCode.CAP_DATA_MISMATCH;
        }
        if (refused == null
            && (minor <= 0
                || item.amount().getCurrency() != t.get().getCurrencyNumeric()
                || minor > t.get().getCapturedMinor() - t.get().getRefundedMinor())) {
          refused = CredCode.CREDIT_TOO_LARGE;
        }
      }
      if (refused != null) {
        lines.add(new Line(item.withResult(refused), null, 0, null));
        continue;
      }
      t.get().refunded(minor);
      t.get().moveTo(t.get().getState(), now);
      lines.add(new Line(item, t.get().getId(), minor, RecordPolicy.trace(stans.getAsInt(), now)));
    }
    return new CreditPlan(request, lines);
  }

  public CreditRequest request() {
    return request;
  }

  public List<Line> lines() {
    return lines;
  }
}
