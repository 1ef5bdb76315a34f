package org.agentset.set.msg;

import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.CapResPayload;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;

/**
 * An AuthRes the merchant accepted: the gateway's result, the CapToken to keep (opaque) until
 * capture, the AuthToken (opaque) for a later authorisation of the rest of the purchase when it
 * asked for one, and the gateway receipt to relay to the cardholder in PRes.
 */
public final class AuthorisationResult {

  final AuthReqSent request;
  final AuthHeader header;
  final CapToken capToken;
  final GatewayReceipt receipt;
  final GatewayReceiptData receiptData;
  final AuthToken authToken;
  final CapResPayload capture;

  AuthorisationResult(
      AuthReqSent request,
      AuthHeader header,
      CapToken capToken,
      GatewayReceipt receipt,
      GatewayReceiptData receiptData) {
    this(request, header, capToken, receipt, receiptData, null);
  }

  AuthorisationResult(
      AuthReqSent request,
      AuthHeader header,
      CapToken capToken,
      GatewayReceipt receipt,
      GatewayReceiptData receiptData,
      AuthToken authToken) {
    this(request, header, capToken, receipt, receiptData, authToken, null);
  }

  AuthorisationResult(
      AuthReqSent request,
      AuthHeader header,
      CapToken capToken,
      GatewayReceipt receipt,
      GatewayReceiptData receiptData,
      AuthToken authToken,
      CapResPayload capture) {
    this.capture = capture;
    this.authToken = authToken;
    this.request = request;
    this.header = header;
    this.capToken = capToken;
    this.receipt = receipt;
    this.receiptData = receiptData;
  }

  /** Whether the issuer approved. */
  public boolean approved() {
    return header.getAuthCode() == AuthCode.APPROVED;
  }

  /** The gateway's result. */
  public AuthHeader header() {
    return header;
  }

  /**
   * The gateway's capture at once (AuthReq with CaptureNow): SUCCESS with the captured amount, or
   * why it failed; null when the gateway made none (then nothing was captured).
   */
  public CapResPayload capture() {
    return capture;
  }

  /** The CapToken for capture (and, once captured, for refunds), or null when not approved. */
  public CapToken capToken() {
    return capToken;
  }

  /**
   * The AuthToken for a later authorisation of this purchase (split shipment), or null: the gateway
   * gives one only when asked, on approval, while some of the cardholder-signed amount is left. Use
   * it with {@link MerchantAuthorisation#authoriseLater}; it authorises once.
   */
  public AuthToken authToken() {
    return authToken;
  }

  /** The gateway-signed receipt, as received. */
  public GatewayReceipt receipt() {
    return receipt;
  }

  /** The RRPID of the authorization. */
  public byte[] authRrpid() {
    return request.authRrpid();
  }
}
