package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The gateway's view of the purchase, signed by the cardholder inside PIData: the transaction, the
 * order hash and amount, the merchant being paid, TransStain (HMAC of XID under CardSecret,
 * issuer-verifiable proof of the certificate holder), and the back key for an acquirer message.
 *
 * <pre>
 * PIHead ::= SEQUENCE {
 *    transIDs          TransIDs,
 *    inputs            Inputs,
 *    merchantID        MerchantID,                    -- SETString { ub-MerchantID (30) }
 *    installRecurData  [0] InstallRecurData OPTIONAL,
 *    transStain        TransStain,                    -- HMAC { XID, CardSecret }: Digest
 *    swIdent           SWIdent,
 *    acqBackKeyData    [1] EXPLICIT BackKeyData OPTIONAL,
 *    piExtensions      [2] MsgExtensions OPTIONAL     -- GatewayBinding (critical)
 * }
 * </pre>
 *
 * <p>Fields from SET-PROTOCOL.md §3.4 [P] (the formal model, the AuthToken table and SETREF); order
 * and tags [U]. An unsigned PI's PIHead has no TransStain in SET; AgentSET keeps the field and the
 * cardholder without a certificate fills it with zero octets. {@link #getGatewayBinding()} reads
 * the AgentSET extension closing §5.1.
 */
public final class PIHead extends ASN1Object {

  private static final String TYPE = "PIHead";

  /** ub-MerchantID. */
  public static final int MERCHANT_ID_MAX = 30;

  private final TransIDs transIds;
  private final Inputs inputs;
  private final SetString merchantId;
  private final InstallRecurData installRecurData;
  private final byte[] transStain;
  private final String swIdent;
  private final BackKeyData acqBackKeyData;
  private final Extensions piExtensions;

  /**
   * Builds a PIHead; {@code installRecurData}, {@code acqBackKeyData}, {@code piExtensions} may be
   * null.
   */
  public PIHead(
      TransIDs transIds,
      Inputs inputs,
      SetString merchantId,
      InstallRecurData installRecurData,
      byte[] transStain,
      String swIdent,
      BackKeyData acqBackKeyData,
      Extensions piExtensions) {
    this.transIds = Check.required("transIDs", transIds);
    this.inputs = Check.required("inputs", inputs);
    this.merchantId = Check.required("merchantID", merchantId);
    this.installRecurData = installRecurData;
    this.transStain = Check.requiredOctets("transStain", transStain, 1, SetTypes.SECRET_MAX);
    this.swIdent = Check.visible("swIdent", Check.required("swIdent", swIdent), 1, 256);
    this.acqBackKeyData = acqBackKeyData;
    this.piExtensions = piExtensions;
    getGatewayBinding();
  }

  private PIHead(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    inputs = f.required("inputs", Inputs::getInstance);
    merchantId = f.required("merchantID", SetString.decoder(MERCHANT_ID_MAX));
    installRecurData =
        f.optionalImplicit(0, "installRecurData", BERTags.SEQUENCE, InstallRecurData::getInstance);
    transStain = f.required("transStain", SetTypes.DIGEST);
    swIdent = f.required("swIdent", SetTypes.SW_IDENT);
    acqBackKeyData = f.optionalExplicit(1, "acqBackKeyData", BackKeyData::getInstance);
    piExtensions = f.optionalImplicit(2, "piExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
    getGatewayBinding();
  }

  /** Decodes a PIHead. */
  public static PIHead getInstance(Object obj) {
    return obj instanceof PIHead v ? v : new PIHead(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public Inputs getInputs() {
    return inputs;
  }

  /** The merchant's ID, copied from its signature certificate. */
  public SetString getMerchantId() {
    return merchantId;
  }

  public InstallRecurData getInstallRecurData() {
    return installRecurData;
  }

  /** TransStain = HMAC(XID, CardSecret). */
  public byte[] getTransStain() {
    return transStain.clone();
  }

  public String getSwIdent() {
    return swIdent;
  }

  /** The key the acquirer encrypts AcqCardMsg with, or null. */
  public BackKeyData getAcqBackKeyData() {
    return acqBackKeyData;
  }

  public Extensions getPiExtensions() {
    return piExtensions;
  }

  /** The AgentSET gateway binding (SET-PROTOCOL.md §5.1), or null if absent. */
  public GatewayBinding getGatewayBinding() {
    return AgentSetExtensions.find(
        piExtensions,
        MessageIdentifiers.EXT_GATEWAY_BINDING,
        TYPE + ".piExtensions.gatewayBinding",
        true,
        GatewayBinding::getInstance);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(inputs)
        .add(merchantId)
        .implicit(0, installRecurData)
        .add(Der.octets(transStain))
        .add(Der.visible(swIdent))
        .explicit(1, acqBackKeyData)
        .implicit(2, piExtensions)
        .build();
  }
}
