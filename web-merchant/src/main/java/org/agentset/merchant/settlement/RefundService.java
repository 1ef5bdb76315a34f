package org.agentset.merchant.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.merchant.set.EnrolledMerchants;
import org.agentset.merchant.set.GatewayAnswers;
import org.agentset.merchant.set.HttpGatewayLink;
import org.agentset.merchant.set.MerchantParty;
import org.agentset.merchant.set.Settlements;
import org.agentset.set.msg.SetProtocolException;

/**
 * Refunds (part of) a captured order with SET's CredReq: checked and reserved in one transaction
 * (never above what is left of the capture), sent to the gateway over HTTP outside any transaction,
 * its CredRes recorded in the next. The gateway checks the amount against its own record again and
 * refuses a refund above the capture.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundService {

  private static final Logger LOG = Logger.getLogger(RefundService.class.getName());

  @EJB private SettlementRecords records;
  @Inject private EnrolledMerchants parties;
  @Inject private MerchantConfig config;

  /**
   * Refunds {@code minor} cents of order {@code orderId} of merchant {@code merchantCode}.
   *
   * @throws RefundRefused when the merchant server does not send it (nothing changed)
   */
  public RefundOutcome refund(String merchantCode, UUID orderId, long minor, String operator) {
    MerchantParty party =
        parties
            .of(merchantCode)
            .orElseThrow(
                () ->
                    new RefundRefused(
                        "SET payments are not open for this shop (no gateway certificate), so"
                            + " nothing can be refunded now."));
    SettlementRecords.PreparedRefund prepared;
    try {
      prepared = records.prepareRefund(party, merchantCode, orderId, minor, operator);
    } catch (SetProtocolException e) {
      LOG.warning("CredReq not built: " + e.getMessage());
      throw new RefundRefused("The refund request could not be signed; nothing was sent.");
    }
    Settlements.Refund refund = prepared.refund();
    byte[] answer;
    try {
      answer = new HttpGatewayLink(config.settings().gatewayUrl()).send(refund.message());
    } catch (IOException e) {
      LOG.warning("Gateway unreachable for a refund: " + e.getMessage());
      return records.recordRefund(
          prepared.refundId(),
          RefundOutcome.Result.UNKNOWN,
          null,
          "The gateway did not answer; the amount stays reserved until the acquirer's statement"
              + " shows whether it was refunded.");
    }
    try {
      Settlements.Refunded r = Settlements.refunded(party, refund, answer);
      return records.recordRefund(
          prepared.refundId(),
          r.success() ? RefundOutcome.Result.REFUNDED : RefundOutcome.Result.REFUSED,
          r.code().name(),
          GatewayAnswers.credit(r.code()));
    } catch (SetProtocolException e) {
      var error = Settlements.errorCode(answer);
      LOG.info(() -> "CredReq refused: " + e.getMessage());
      return error.isPresent()
          ? records.recordRefund(
              prepared.refundId(),
              RefundOutcome.Result.REFUSED,
              error.get().name(),
              GatewayAnswers.error(error.get()))
          : records.recordRefund(
              prepared.refundId(),
              RefundOutcome.Result.UNKNOWN,
              null,
              "The gateway's answer could not be verified ("
                  + e.getMessage()
                  + "); the amount stays reserved until the acquirer's statement shows whether it"
                  + " was refunded.");
    }
  }
}
