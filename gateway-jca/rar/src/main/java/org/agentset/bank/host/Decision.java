package org.agentset.bank.host;

import org.agentset.bank.api.ResponseCode;

/**
 * The issuer's answer to one financial message, with what it changed.
 *
 * @param responseCode field 39
 * @param approvalCode field 38 of an approved authorisation (and echoed by its capture), or null
 * @param accountId the account the message concerned, or null when none was found
 * @param holdId the hold it placed, captured or released, or null
 * @param postingId the posting it made, or null
 */
record Decision(String responseCode, String approvalCode, Long accountId, Long holdId, Long postingId) {

  /** A refusal that touched nothing. */
  static Decision refuse(ResponseCode code) {
    return new Decision(code.code(), null, null, null, null);
  }

  /** A refusal concerning a known account. */
  static Decision refuse(ResponseCode code, long accountId) {
    return new Decision(code.code(), null, accountId, null, null);
  }

  boolean approved() {
    return ResponseCode.APPROVED.code().equals(responseCode);
  }
}
