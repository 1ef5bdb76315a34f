package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.Set;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.PIData;
import org.agentset.set.asn1.purchase.PIDualSigned;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.asn1.purchase.PIOILink;
import org.agentset.set.asn1.purchase.PIUnsigned;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.Digests;
import org.agentset.set.crypto.DualSignature;
import org.agentset.set.crypto.Envelopes;
import org.agentset.set.crypto.OpenedContent;
import org.agentset.set.crypto.SetContentTypes;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.crypto.cms.Link;

/**
 * The gateway's opening of a dual-signed payment instruction: decrypt EX(P, PI-OILink, PANData)
 * with its key-exchange key, validate the cardholder certificate, verify the dual signature over
 * {DD(PIHead, PANData), DD(OIData) from PI-OILink}, check that the cardholder bound the PI to this
 * very gateway certificate and suite (GatewayBinding, §5.1), and that PANData is the card the
 * certificate was issued for (PanIdentity over PAN, expiry and PANSecret).
 */
final class PaymentInstructions {

  /**
   * A payment instruction opened and verified.
   *
   * @param link PI-OILink: PIHead and the cardholder's DD(OIData)
   * @param pan the card number
   * @param cardExpiry the card's expiry, YYYYMM
   * @param cardholder the validated cardholder certificate; null for an unsigned PI
   */
  record Opened(PIOILink link, String pan, String cardExpiry, X509Certificate cardholder) {
    PIHead head() {
      return link.getPiHead();
    }
  }

  private final PartyContext context;
  private final Credential keyExchange;
  private final DualSignature dual;
  private final Envelopes envelopes;

  PaymentInstructions(PartyContext context, Credential keyExchange) {
    this.context = context;
    this.keyExchange = keyExchange;
    this.dual = new DualSignature(context.suite(), context.random());
    this.envelopes = new Envelopes(context.suite(), context.random());
  }

  Opened open(PIDualSigned pi) throws SetProtocolException {
    OpenedContent ex;
    try {
      ex = dual.openExPiData(Wire.der(pi.getExPIData()), keyExchange.recipientKey());
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "PIDualSigned.exPIData");
    }
    PIOILink link = Wire.decode(ex.content(), PIOILink::getInstance, "PI-OILink");
    PANData pan = Wire.decode(ex.extra(), PANData::getInstance, "PANData");
    X509Certificate cardholder = verify(pi, link, pan);
    checkBinding(link.getPiHead());
    checkCard(pan, cardholder);
    return new Opened(link, pan.getPan(), pan.getCardExpiry(), cardholder);
  }

  /**
   * Opens an unsigned PI, {@code EXH(P, PI-OILink, PANToken)}: the envelope's hash of PI-OILink
   * protects PIHead and the OI link, the GatewayBinding names this gateway; nobody is authenticated
   * (SET-PROTOCOL.md §3.4, §5.4), which is why the gateway takes it only when its policy allows.
   */
  Opened openUnsigned(PIUnsigned pi) throws SetProtocolException {
    OpenedContent exh;
    try {
      exh =
          envelopes.openExh(
              Wire.der(pi),
              keyExchange.recipientKey(),
              SetContentTypes.PI_UNSIGNED_TBE,
              SetContentTypes.PAN_TOKEN);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "PIUnsigned");
    }
    PIOILink link = Wire.decode(exh.content(), PIOILink::getInstance, "PI-OILink");
    PANToken pan = Wire.decode(exh.extra(), PANToken::getInstance, "PANToken");
    checkBinding(link.getPiHead());
    return new Opened(link, pan.getPan(), pan.getCardExpiry(), null);
  }

  private X509Certificate verify(PIDualSigned pi, PIOILink link, PANData pan)
      throws SetProtocolException {
    byte[] sig = Wire.der(pi.getPiSignature());
    try {
      SignedContent content = SignedContent.read(sig);
      X509Certificate cardholder =
          context
              .trust()
              .signer(
                  content.signerId(),
                  content.certificates(),
                  CertificateProfile.CARDHOLDER,
                  "PISignature");
      Link piOiLink =
          new Link(
              link.getPiHead(), Digests.readDigestedData(link.getHOIData(), "PI-OILink.hOIData"));
      dual.verifyAsGateway(
          sig, new PIData(link.getPiHead(), pan), piOiLink, Certificates.holder(cardholder));
      return cardholder;
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DUAL_SIGNATURE, "PISignature");
    }
  }

  /** The cardholder named this gateway's key-exchange certificate and this suite. */
  private void checkBinding(PIHead head) throws SetProtocolException {
    Wire.checkCritical(
        head.getPiExtensions(),
        Set.of(MessageIdentifiers.EXT_GATEWAY_BINDING),
        "PIHead.piExtensions");
    GatewayBinding b = head.getGatewayBinding();
    if (b == null
        || !Certificates.identifies(b.getPeThumb(), keyExchange.certificate())
        || !GatewayBinding.LABEL.equals(b.getLabel())) {
      throw new SetProtocolException(Refusal.GATEWAY_BINDING, "PIHead.piExtensions.gatewayBinding");
    }
    if (!b.getSuite().equals(context.suite().identifier())) {
      throw new SetProtocolException(Refusal.SUITE_MISMATCH, "PIHead.gatewayBinding.suite");
    }
  }

  /** PANData hashes, under its PANSecret, to the identity the cardholder certificate carries. */
  private static void checkCard(PANData pan, X509Certificate cardholder)
      throws SetProtocolException {
    try {
      String e = pan.getCardExpiry();
      YearMonth expiry =
          YearMonth.of(Integer.parseInt(e.substring(0, 4)), Integer.parseInt(e.substring(4)));
      PanIdentity id = PanIdentity.compute(PanSecret.of(pan.getPanSecret()), pan.getPan(), expiry);
      if (!id.matches(cardholder)) {
        throw new SetProtocolException(Refusal.PAN_IDENTITY, "PANData");
      }
    } catch (RuntimeException ex) {
      throw new SetProtocolException(Refusal.PAN_IDENTITY, "PANData");
    }
  }
}
