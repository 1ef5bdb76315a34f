/**
 * The SET purchase flow, one class per party role: {@link org.agentset.set.msg.CardholderPurchase}
 * (the E-Wallet: PInitReq, the dual-signed PReq, the checks of PRes and InqRes), {@link
 * org.agentset.set.msg.MerchantPurchase} (PInitRes, the checks of PReq, PRes and InqRes), {@link
 * org.agentset.set.msg.MerchantAuthorisation} (AuthReq with the PI unopened, the checks of AuthRes,
 * CapReq and CapRes), {@link org.agentset.set.msg.GatewayAuthorisation} (the checks of AuthReq and
 * of the PI inside, an {@link org.agentset.set.msg.AuthorisationRequest} for the issuer, AuthRes)
 * and {@link org.agentset.set.msg.GatewayCapture} (CapReq with its CapTokens, CapRes).
 *
 * <p>Everything a party needs comes through its constructor: a {@link
 * org.agentset.set.msg.PartyContext} (algorithm suite with the Bouncy Castle provider object and
 * randomness, a {@link org.agentset.set.msg.Freshness} window on a {@link java.time.Clock}, a
 * {@link org.agentset.set.msg.CertificateTrust} over {@link org.agentset.set.cert.SetPathValidator}
 * and the party's CRLs/BCI, a {@link org.agentset.set.msg.ReplayStore}) and its own keys and
 * certificates ({@link org.agentset.set.msg.Credential}). The state a party keeps between two
 * messages is returned to the caller as an object ({@code PInitSent}, {@code PInitAnswered}, {@code
 * VerifiedPReq}, ...), so the merchant and gateway web applications can persist it by XID; the
 * library holds none.
 *
 * <p>Every refusal is a {@link org.agentset.set.msg.SetProtocolException}: a {@link
 * org.agentset.set.msg.Refusal} naming the check, the SET {@code ErrorCode} to answer with, the
 * field, and where relevant the unrecognized extension or the certificate at fault; {@link
 * org.agentset.set.msg.SetErrors} turns it into SET's Error message. Failures of the ASN.1, crypto
 * and certificate layers are all mapped, so no runtime exception escapes a party on bad input; no
 * exception text or {@code toString} carries card data.
 *
 * <h2>The fixes the formal analyses call for</h2>
 *
 * <p>Bella, Massacci and Paulson's Isabelle models of SET (SET-PROTOCOL.md §5) show where SET 1.0's
 * guarantees fail. AgentSET closes each gap inside SET's own extension fields, so the message
 * structure stays SET's:
 *
 * <table>
 *   <caption>Weakness, fix, and the tests that fail without it</caption>
 *   <tr><th>Weakness (SET-PROTOCOL.md)</th><th>Fix (where)</th><th>Tests</th></tr>
 *   <tr><td>§5.1 The dual signature lacks explicitness: nothing the cardholder signs names the
 *       gateway, so no party can prove the cardholder meant to send the card to the gateway that
 *       receives it (and nothing names the suite, so a downgrade is invisible).</td>
 *       <td>{@code GatewayBinding} (gateway key-exchange and merchant signature certificate
 *       thumbprints, brand, suite, role label) as a critical extension of both PIHead and OIData,
 *       so under the one dual signature. The merchant checks it names the gateway of its PInitRes
 *       and its own certificate ({@code MerchantPurchase}); the gateway checks it names its own
 *       key-exchange certificate, the AuthReq's merchant certificate and its suite ({@code
 *       PaymentInstructions}).</td>
 *       <td>{@code MerchantPReqChecksTest.dualSignatureBoundToAnotherGatewayIsRefused},
 *       {@code GatewayAuthReqChecksTest.paymentInstructionBoundToAnotherGatewayIsRefused}</td></tr>
 *   <tr><td>§5.2 AuthRes does not name the merchant ("M is existentially quantified").</td>
 *       <td>{@code MerchantBinding} (merchant ID and signature certificate thumbprint of the
 *       AuthReq), critical, in the gateway-signed AuthResPayload; the merchant refuses an AuthRes
 *       naming anyone else ({@code MerchantAuthorisation}).</td>
 *       <td>{@code ResponseChecksTest.authResNamingAnotherMerchantIsRefused},
 *       {@code ResponseChecksTest.authResNamingAnotherMerchantCertificateIsRefused}</td></tr>
 *   <tr><td>§5.2 The cardholder never gets gateway-signed evidence: it learns only that the
 *       merchant "received a message signed by a Payment Gateway chosen by M".</td>
 *       <td>{@code GatewayReceipt}: the gateway signs {XID, AuthRRPID, HOD, AuthAmt, AuthCode,
 *       merchant}; AuthRes carries it, the merchant checks and relays it unchanged in PRes/InqRes,
 *       and the cardholder accepts "authorized" only if the receipt verifies with a
 *       GATEWAY_SIGNATURE certificate of the gateway it encrypted to, for its own XID, HOD and
 *       merchant, stating the same result ({@code GatewayReceipts}).</td>
 *       <td>{@code ResponseChecksTest.receiptOfAnotherPurchaseDoesNotConvinceTheCardholder},
 *       {@code receiptWithABrokenSignatureIsRefused}, {@code receiptSignedByTheMerchantIsRefused},
 *       {@code merchantClaimingApprovalOverADeclineIsCaught}</td></tr>
 *   <tr><td>§3.9/§8 item 10 Stale and replayed messages; the header date is sent in the clear
 *       and can be re-dated by whoever replays a message.</td>
 *       <td>{@link org.agentset.set.msg.Freshness} on the header <em>and</em> on a signed date
 *       (OIData's pReqDate, RRTags.currentDate, AuthHeader.authDate); {@link
 *       org.agentset.set.msg.ReplayStore} for the single use of PReq XID and RRPID (merchant),
 *       AuthReq RRPID and the PI's XID (gateway: a PI pays once), AuthRes RRPID, CapReq RRPID,
 *       retained until the signed date leaves the window.</td>
 *       <td>{@code MerchantPReqChecksTest.replayedPReqIsRefused},
 *       {@code stalePReqIsRefusedEvenWithAFreshHeader}, {@code GatewayAuthReqChecksTest
 *       .replayedAuthReqIsRefused}, {@code paymentInstructionPaysOnce}, {@code
 *       staleAuthReqIsRefusedEvenWithAFreshHeader}, {@code authReqFromTheFutureIsRefused},
 *       {@code ResponseChecksTest.replayedAuthResIsRefused}, {@code CaptureChecksTest
 *       .replayedCapReqIsRefused}</td></tr>
 *   <tr><td>§5.4 CapTokens are gateway-to-self bearer tokens the merchant holds: they need
 *       replay protection, amount ceilings and expiry.</td>
 *       <td>{@code CapTokenOpaque} (XID, merchant certificate, authorization date) sealed in the
 *       token with {@code GatewayTokens}; at capture each token must open, match its item's
 *       AuthRRPID and XID, come from the authorized merchant, be within the capture window and
 *       amount, and be unused ({@code ReplayKind.CAP_TOKEN}) ({@code GatewayCapture}).</td>
 *       <td>{@code CaptureChecksTest}</td></tr>
 *   <tr><td>§5.4 AuthReqAmt may differ from the cardholder-signed PurchAmt; the gateway must
 *       enforce limits against PurchAmt, and TotalAuthAmount for AuthTokens, which need replay
 *       protection, amount ceilings and expiry like CapTokens.</td>
 *       <td>AuthReqAmt = PIHead's PurchAmt, above zero; less only when the merchant announces
 *       later authorisations (SubsequentAuthInd). An AuthToken ({@code AuthTokens}: AuthTokenData
 *       and {@code AuthTokenOpaque} sealed with {@code GatewayTokens}) allows at most PurchAmt
 *       minus TotalAuthAmount, for its merchant and purchase, within the policy's window, once
 *       ({@code ReplayKind.AUTH_TOKEN}); the next token carries the new total.</td>
 *       <td>{@code GatewayAuthReqChecksTest.amountAboveTheCardholderSignedOneIsRefused}, {@code
 *       aPurchaseOfNothingIsNotAuthorisedEvenWhenTheCardholderSignedIt}, {@code AuthTokenTest}</td></tr>
 *   <tr><td>§5.4 The unsigned PReq authenticates nobody.</td>
 *       <td>The gateway refuses an unsigned PI with {@code signatureRequired} unless its {@code
 *       GatewayAuthorisation.Policy} allows it, and a merchant takes one only when asked to;
 *       allowed, it gets every check but the cardholder's signature and card identity.</td>
 *       <td>{@code UnsignedPurchaseTest}</td></tr>
 *   <tr><td>§1.3 The gateway must bind PANData to the certificate that signed.</td>
 *       <td>PanIdentity recomputed from PANData (PAN, expiry, PANSecret) must be the cardholder
 *       certificate's subject identity ({@code PaymentInstructions}).</td>
 *       <td>{@code GatewayAuthReqChecksTest.cardOtherThanTheCertifiedOneIsRefused},
 *       {@code expiryOtherThanTheCertifiedOneIsRefused}</td></tr>
 * </table>
 *
 * <p>The checks SET itself prescribes have failing tests too: the merchant's (HOD, challenges,
 * TransIDs, dual signature over the OI, cardholder certificate type and revocation: {@code
 * MerchantPReqChecksTest}), the gateway's (CheckDigests against PI-OILink, HOD2, TransIDs, merchant
 * ID, dual signature over the PI, envelope integrity: {@code GatewayAuthReqChecksTest}), and the
 * shared front door ({@code WireChecksTest}). Golden transcripts of a whole purchase per suite
 * ({@code vectors/msg/<suite>/transcript.pem}) pin the wire format byte for byte.
 *
 * <p>Not offered: the unsigned InqReq, recurring and instalment data in AuthTokens, AcqCardMsg,
 * PANToken to the merchant (EncBX forms are refused).
 */
package org.agentset.set.msg;
