package org.agentset.merchant.set;

import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.msg.ErrorCode;

/**
 * What the gateway's capture and refund answers mean, in words a merchant's operator can act on
 * (the back office shows them next to each order and refund).
 */
public final class GatewayAnswers {

  private GatewayAnswers() {}

  /** Why a capture item was not captured. */
  public static String capture(CapCode code) {
    return switch (code) {
      case SUCCESS -> "Captured.";
      case DUPLICATE_REQUEST -> "The gateway had already captured this authorization.";
      case AUTH_EXPIRED -> "The authorization has expired: it can no longer be captured.";
      case INVALID_AUTH_DATA ->
          "The gateway does not hold this authorization as open for capture (reversed, declined,"
              + " or a different amount).";
      case AUTH_DATA_MISSING, CAP_TOKEN_MISSING, INVALID_CAP_TOKEN ->
          "The gateway did not accept the capture token of this authorization.";
      case UNKNOWN_XID, UNKNOWN_LID -> "The gateway knows no such authorization for this shop.";
      case BATCH_UNKNOWN, BATCH_CLOSED -> "The gateway's batch for this capture is not open.";
      case UNSPECIFIED_FAILURE ->
          "The issuer did not post the capture (refused or unanswered); the authorization stays"
              + " open and can be captured again.";
    };
  }

  /** Why a refund was not made. */
  public static String credit(CredCode code) {
    return switch (code) {
      case SUCCESS -> "Refunded.";
      case CREDIT_TOO_LARGE ->
          "The gateway refused: the refund is larger than what is left of the capture.";
      case ORIGINAL_NOT_FOUND, CAP_PURGED ->
          "The gateway knows no capture of this order by this shop to refund.";
      case CAP_DATA_MISMATCH -> "The refund does not match the capture (currency or amount).";
      case MISSING_CAP_DATA, MISSING_CAP_TOKEN, INVALID_CAP_TOKEN ->
          "The gateway did not accept the capture token of this order.";
      case DUPLICATE_REQUEST, ORIGINAL_PROCESSED ->
          "The gateway had already processed this refund.";
      case BATCH_UNKNOWN, BATCH_CLOSED -> "The gateway's batch for this refund is not open.";
      case UNSPECIFIED_FAILURE ->
          "The issuer did not credit the card (refused or unanswered); nothing was refunded.";
    };
  }

  /** Why the gateway refused a whole CapReq or CredReq with a SET Error. */
  public static String error(ErrorCode code) {
    return "The gateway refused the request as a whole (SET Error "
        + code.name()
        + "); nothing was changed there.";
  }
}
