package org.agentset.set.reg;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agentset.set.asn1.reg.CardCInitReq;
import org.agentset.set.asn1.reg.CertInqReq;
import org.agentset.set.asn1.reg.CertReq;
import org.agentset.set.asn1.reg.MeAqCInitReq;
import org.agentset.set.asn1.reg.RegFormReq;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;

/**
 * The CA's side of SET registration: one entry point, {@link #answer(byte[])}, taking any
 * registration request (CardCInitReq, RegFormReq, Me-AqCInitReq, CertReq, CertInqReq) and returning
 * the response to send, which is a SET Error (signed by the CA concerned) whenever the request is
 * refused. The checks, in order:
 *
 * <ul>
 *   <li>the front door ({@link Wire}): strict DER, a registration request, the CA's suite, no
 *       unknown critical extension, a fresh header; the brand this CA serves;
 *   <li>envelopes open with the key-exchange key of the CA they name; CertReq verifies with the
 *       signature key it proposes (<em>proof of possession</em>) and CertInqReq with the key of the
 *       pended request; the signed requestDate is fresh and the RRPID is used once ({@link
 *       ReplayKind#REG_REQ_RRPID}, kept in the caller's {@link org.agentset.set.msg.ReplayStore});
 *   <li>the CertReq answers a form this CA gave (LID-CA and Chall-CA, see {@link Sessions}), for
 *       the same card (cardholder); the identity signed inside is registered with the acquirer and
 *       the enrolment code matches (merchant, gateway; SET-PROTOCOL.md §5.3 item 1);
 *   <li>the card passes the CA's checks ({@link RegistrationPolicy#refuseCard}); no key proposed
 *       was ever certified (§5.3 item 2).
 * </ul>
 *
 * A cardholder's certificate names {@link PanIdentity} keyed with PANSecret, derived from the
 * cardholder's CardSecret and the CA's NonceCCA ({@link PanSecret}); the CA keeps neither the card
 * number nor PANSecret. Its CertRes is encrypted under the back key the cardholder sent; a
 * merchant's or gateway's is signed only. This class holds no state: sessions are authenticated by
 * the session key, pended requests live in the {@link RegistrationPolicy}.
 */
public final class RegistrationAuthority {

  /** How long a LID-CA given in a form stays valid for the CertReq answering it. */
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(1);

  private final Map<EntityKind, CaKeys> cas;
  private final CardholderDesk cardholders;
  private final MerchantDesk merchants;
  private final Wire wire;
  private final SetErrors errors;

  /**
   * @param context suite, randomness, clock and freshness, trust, and the replay store for RRPIDs
   * @param brandId the one brand this CA serves (e.g. {@code AgentCard})
   * @param cas the cardholder, merchant and gateway CAs' keys
   * @param policy forms, checks, issuance and pending requests
   * @param sessionKey at least 32 secret bytes authenticating LID-CA and Chall-CA; keep it across
   *     restarts so registrations in progress survive them
   * @param sessionLifetime how long a form stays answerable
   */
  public RegistrationAuthority(
      PartyContext context,
      String brandId,
      Map<EntityKind, CaKeys> cas,
      RegistrationPolicy policy,
      byte[] sessionKey,
      Duration sessionLifetime) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(brandId, "brandId");
    Objects.requireNonNull(policy, "policy");
    this.cas = new EnumMap<>(cas);
    for (EntityKind k : EntityKind.values()) {
      if (!this.cas.containsKey(k)) {
        throw new IllegalArgumentException("no keys for the " + k + " CA");
      }
    }
    Sessions sessions = new Sessions(sessionKey, context.freshness().clock(), sessionLifetime);
    this.cardholders = new CardholderDesk(context, brandId, this.cas, policy, sessions);
    this.merchants = new MerchantDesk(context, brandId, this.cas, policy, sessions);
    this.wire = new Wire(context);
    this.errors = new SetErrors(context);
  }

  /**
   * Answers one registration request. Never throws for bad input: a refused request gets a SET
   * Error in {@link Answer#response()} and {@link Answer.Outcome#REFUSED}; the caller must then
   * make sure nothing it did for this request is kept (roll back its transaction), except the
   * record of the refusal.
   */
  public Answer answer(byte[] request) {
    CaSide.Call call = new CaSide.Call();
    try {
      Received<ASN1Object> rx = wire.receive(request, ASN1Object.class);
      ASN1Object body = rx.body();
      if (body instanceof CardCInitReq r) {
        return cardholders.cardholderInit(rx, r, call);
      } else if (body instanceof RegFormReq r) {
        return cardholders.registrationForm(rx, r, call);
      } else if (body instanceof MeAqCInitReq r) {
        return merchants.merchantInit(rx, r, call);
      } else if (body instanceof CertReq r) {
        return r.isExtra()
            ? cardholders.cardholderCertificate(rx, r, call)
            : merchants.merchantCertificates(rx, r, call);
      } else if (body instanceof CertInqReq r) {
        return merchants.inquiry(rx, r, call);
      }
      call.request = body.getClass().getSimpleName();
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "MessageWrapper.message");
    } catch (SetProtocolException e) {
      return refused(request, e, call);
    } catch (RuntimeException e) {
      return refused(
          request, new SetProtocolException(Refusal.DECODING, "MessageWrapper", e), call);
    }
  }

  private Answer refused(byte[] request, SetProtocolException e, CaSide.Call call) {
    CaKeys ca = cas.get(call.kind == null ? EntityKind.CARDHOLDER : call.kind);
    byte[] response;
    try {
      response = Wire.der(errors.signed(request, e, ca.signature()));
    } catch (SetProtocolException signing) {
      response = Wire.der(errors.unsigned(request, e));
    }
    return new Answer(
        response,
        call.request,
        call.kind,
        Answer.Outcome.REFUSED,
        null,
        call.requester,
        List.of(),
        e);
  }
}
