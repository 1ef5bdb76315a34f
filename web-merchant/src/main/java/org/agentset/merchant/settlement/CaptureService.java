package org.agentset.merchant.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.merchant.set.EnrolledMerchants;
import org.agentset.merchant.set.GatewayAnswers;
import org.agentset.merchant.set.HttpGatewayLink;
import org.agentset.merchant.set.MerchantParty;
import org.agentset.merchant.set.Settlements;
import org.agentset.set.msg.SetProtocolException;

/**
 * Captures a merchant's authorised orders: in CapReq batches of at most {@link #BATCH} items, each
 * prepared and marked in one transaction, sent to the gateway over HTTP outside any transaction,
 * and its CapRes recorded in the next. Every order gets an outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaptureService {

  /** Items per CapReq. */
  public static final int BATCH = 25;

  private static final Logger LOG = Logger.getLogger(CaptureService.class.getName());

  @EJB private SettlementRecords records;
  @Inject private EnrolledMerchants parties;
  @Inject private MerchantConfig config;

  /**
   * Captures {@code orderIds} of merchant {@code merchantCode}.
   *
   * @param progress told the number of orders answered so far, after each CapReq
   */
  public List<CaptureOutcome> capture(
      String merchantCode, List<UUID> orderIds, IntConsumer progress) {
    List<UUID> distinct = orderIds.stream().distinct().toList();
    List<CaptureOutcome> out = new ArrayList<>();
    MerchantParty party = parties.of(merchantCode).orElse(null);
    if (party == null) {
      for (UUID id : distinct) {
        out.add(
            CaptureOutcome.skipped(
                id, null, "SET payments are not open for this shop yet (no gateway certificate)."));
      }
      progress.accept(out.size());
      return out;
    }
    for (int from = 0; from < distinct.size(); from += BATCH) {
      out.addAll(
          batch(
              party,
              merchantCode,
              distinct.subList(from, Math.min(distinct.size(), from + BATCH))));
      progress.accept(out.size());
    }
    return out;
  }

  /** One CapReq for {@code ids}; the outcomes in the order of {@code ids}. */
  private List<CaptureOutcome> batch(MerchantParty party, String merchantCode, List<UUID> ids) {
    List<CaptureOutcome> out = new ArrayList<>(send(party, merchantCode, ids));
    out.sort(java.util.Comparator.comparingInt(o -> ids.indexOf(o.orderId())));
    return out;
  }

  private List<CaptureOutcome> send(MerchantParty party, String merchantCode, List<UUID> ids) {
    SettlementRecords.PreparedCapture prepared;
    try {
      prepared = records.prepareCapture(party, merchantCode, ids);
    } catch (SetProtocolException e) {
      LOG.warning("CapReq not built: " + e.getMessage());
      return ids.stream()
          .map(id -> CaptureOutcome.skipped(id, null, "The capture request could not be signed."))
          .toList();
    }
    List<CaptureOutcome> out = new ArrayList<>(prepared.refused());
    if (prepared.batch() == null) {
      return out;
    }
    Settlements.CaptureBatch batch = prepared.batch();
    byte[] answer;
    try {
      answer = new HttpGatewayLink(config.settings().gatewayUrl()).send(batch.message());
    } catch (IOException e) {
      LOG.warning("Gateway unreachable for a capture batch: " + e.getMessage());
      out.addAll(
          records.recordBatchFailure(
              batch,
              false,
              "The gateway did not answer ("
                  + e.getClass().getSimpleName()
                  + "); the capture is pending: capture again to learn its outcome."));
      return out;
    }
    try {
      out.addAll(records.recordCaptures(batch, Settlements.captured(party, batch, answer)));
    } catch (SetProtocolException e) {
      var error = Settlements.errorCode(answer);
      LOG.info(
          () ->
              "CapReq answered with "
                  + error.map(c -> "SET Error " + c).orElse("an unusable CapRes")
                  + ": "
                  + e.getMessage());
      out.addAll(
          error.isPresent()
              ? records.recordBatchFailure(batch, true, GatewayAnswers.error(error.get()))
              : records.recordBatchFailure(
                  batch,
                  false,
                  "The gateway's answer could not be verified ("
                      + e.getMessage()
                      + "); the capture is pending: capture again to learn its outcome."));
    }
    return out;
  }
}
