package org.agentset.set.msg;

import org.agentset.set.asn1.msg.ErrorCode;

/**
 * Every check a party of the purchase flow makes, each with the SET error code it answers with.
 * Tests assert the exact refusal, callers answer with {@link #errorCode()} (see {@link SetErrors}).
 * Semantic mismatches SET has no dedicated code for (order, amount, link digests) answer {@code
 * unspecifiedFailure}, so that a peer learns nothing more than that it was refused.
 */
public enum Refusal {
  /** The bytes are not a well-formed SET message (strict DER, limits, field rules). */
  DECODING(ErrorCode.DECODING_FAILURE),
  /** A well-formed message of a type this step does not take. */
  UNEXPECTED_MESSAGE(ErrorCode.MESSAGE_NOT_SUPPORTED),
  /** The message header's IDs disagree with the message body. */
  WRAPPER_MISMATCH(ErrorCode.WRAPPER_MSG_MISMATCH),
  /** A critical extension this party does not process. */
  UNRECOGNIZED_EXTENSION(ErrorCode.UNRECOGNIZED_EXTENSION),
  /** The message names no algorithm suite, or another suite than the party's. */
  SUITE_MISMATCH(ErrorCode.MESSAGE_NOT_SUPPORTED),
  /** Dated (header or signed date) before the freshness window. */
  MESSAGE_TOO_OLD(ErrorCode.MESSAGE_TOO_OLD),
  /** Dated after the allowed clock skew. */
  MESSAGE_TOO_NEW(ErrorCode.MESSAGE_TOO_NEW),
  /** An RRPID already seen for this kind of request. */
  REPLAYED_RRPID(ErrorCode.UNSPECIFIED_FAILURE),
  /** An XID already used (a PReq answered, a payment instruction authorized). */
  REPLAYED_XID(ErrorCode.UNSPECIFIED_FAILURE),
  /** An AuthToken presented a second time (each token authorizes once; its successor is new). */
  REPLAYED_AUTH_TOKEN(ErrorCode.UNSPECIFIED_FAILURE),
  /** A response about a transaction this party did not start, or TransIDs that disagree. */
  UNKNOWN_XID(ErrorCode.UNKNOWN_XID),
  /** A response that does not echo the request's RRPID. */
  UNKNOWN_RRPID(ErrorCode.UNKNOWN_RRPID),
  /** A response that does not echo the challenge sent. */
  CHALLENGE_MISMATCH(ErrorCode.CHALLENGE_MISMATCH),
  /** The certificate needed to verify or encrypt is not there. */
  CERTIFICATE_MISSING(ErrorCode.MISSING_CERTIFICATE),
  /** The certificate path fails SET validation for a reason other than those below. */
  CERTIFICATE_INVALID(ErrorCode.INVALID_CERTIFICATE),
  /** A certificate of the path is expired or not yet valid. */
  CERTIFICATE_EXPIRED(ErrorCode.EXPIRED_CERTIFICATE),
  /** A certificate of the path is revoked. */
  CERTIFICATE_REVOKED(ErrorCode.REVOKED_CERTIFICATE),
  /** A valid certificate of the wrong SET type for this role (e.g. a wallet signing a PReq). */
  WRONG_CERTIFICATE_TYPE(ErrorCode.INVALID_CERTIFICATE),
  /** A signature (S, SO, Enc family, receipt) does not verify. */
  SIGNATURE(ErrorCode.SIGNATURE_FAILURE),
  /** An unsigned purchase request where a dual signature is required. */
  SIGNATURE_REQUIRED(ErrorCode.SIGNATURE_REQUIRED),
  /** The dual signature does not verify over this OI (merchant) or this PI (gateway). */
  DUAL_SIGNATURE(ErrorCode.SIGNATURE_FAILURE),
  /** An envelope does not open with this party's key, or its links do not check. */
  DECRYPTION(ErrorCode.DECODING_FAILURE),
  /** HOD does not hash the order and amount this party holds. */
  ORDER_MISMATCH(ErrorCode.UNSPECIFIED_FAILURE),
  /** The PI and the OI (or the merchant's CheckDigests) do not describe the same purchase. */
  LINK_MISMATCH(ErrorCode.UNSPECIFIED_FAILURE),
  /** The merchant ID signed by one party differs from the merchant's certificate. */
  MERCHANT_MISMATCH(ErrorCode.UNSPECIFIED_FAILURE),
  /** The requested or reported amount breaks the cardholder-signed amount. */
  AMOUNT_MISMATCH(ErrorCode.UNSPECIFIED_FAILURE),
  /** The dual-signed GatewayBinding is absent or names other certificates (§5.1 fix). */
  GATEWAY_BINDING(ErrorCode.THUMBS_MISMATCH),
  /** AuthRes's MerchantBinding is absent or names another merchant (§5.2 fix). */
  MERCHANT_BINDING(ErrorCode.THUMBS_MISMATCH),
  /** PANData does not hash to the identity the cardholder certificate certifies. */
  PAN_IDENTITY(ErrorCode.INVALID_CERTIFICATE),
  /** The gateway receipt is absent, forged, or does not describe this purchase (§5.2 fix). */
  GATEWAY_RECEIPT(ErrorCode.SIGNATURE_FAILURE),
  /** Registration: a LID-CA the CA never gave out, or whose session expired. */
  UNKNOWN_LID(ErrorCode.UNKNOWN_LID),
  /**
   * Registration: the identity signed in CertReq is not the one registered with the acquirer or
   * named in the first message, or the enrolment code does not match (SET-PROTOCOL.md §5.3 item 1).
   */
  IDENTITY_MISMATCH(ErrorCode.UNSPECIFIED_FAILURE),
  /** Registration: a key proposed for certification was certified before (§5.3 item 2). */
  KEY_ALREADY_CERTIFIED(ErrorCode.UNSPECIFIED_FAILURE),
  /** Registration: CertReq is not signed by the private key of the signature key it proposes. */
  PROOF_OF_POSSESSION(ErrorCode.SIGNATURE_FAILURE),
  /** Registration: a request type, brand, key or form this CA does not serve. */
  NOT_SERVED(ErrorCode.MESSAGE_NOT_SUPPORTED),
  /**
   * The peer answered with a SET Error message; {@link SetProtocolException#errorCode()} is the
   * peer's code (read from the Error as received, for reporting only).
   */
  PEER_ERROR(ErrorCode.UNSPECIFIED_FAILURE);

  private final ErrorCode errorCode;

  Refusal(ErrorCode errorCode) {
    this.errorCode = errorCode;
  }

  /** The SET error code to answer with. */
  public ErrorCode errorCode() {
    return errorCode;
  }
}
