package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * AgentSET's fix for the dual signature's lack of explicitness (SET-PROTOCOL.md §5.1): the
 * cardholder names, under its one dual signature, the gateway key-exchange certificate it encrypted
 * the payment instruction to, the merchant signature certificate it is paying, the brand, the
 * algorithm suite, and the protocol and role. In SET 1.0 nothing the cardholder signs names the
 * gateway, so "it is impossible to prove that the Cardholder meant to send his credit card details
 * to the very payment gateway that receives them" (Bella, Massacci, Paulson).
 *
 * <pre>
 * GatewayBinding ::= SEQUENCE {
 *    peThumb        CertThumb,              -- gateway key-exchange certificate
 *    merchantThumb  [0] CertThumb OPTIONAL, -- merchant signature certificate (absent without PInit)
 *    brandID        BrandID,
 *    suite          AlgorithmIdentifier,    -- under AGENTSET.1 (algorithm suites)
 *    label          VisibleString (SIZE(1..64))   -- {@link #LABEL}
 * }
 * </pre>
 *
 * <p>Carried as the critical extension {@code EXT_GATEWAY_BINDING} in both {@code
 * PIHead.piExtensions} (the gateway checks {@code peThumb} is its own certificate) and {@code
 * OIData.oiExtensions} (the merchant checks it is the one its PInitRes named); both are covered by
 * the dual signature through {@code DD(PIData)} and {@code DD(OIData)}, and naming the suite there
 * also stops a downgrade to another suite.
 */
public final class GatewayBinding extends ASN1Object {

  private static final String TYPE = "GatewayBinding";

  /** The protocol and role label a cardholder writes. */
  public static final String LABEL = "AgentSET/SET1.0/PI";

  private final CertThumb peThumb;
  private final CertThumb merchantThumb;
  private final SetString brandId;
  private final AlgorithmIdentifier suite;
  private final String label;

  /** Builds a binding; {@code merchantThumb} may be null. */
  public GatewayBinding(
      CertThumb peThumb,
      CertThumb merchantThumb,
      SetString brandId,
      AlgorithmIdentifier suite,
      String label) {
    this.peThumb = Check.required("peThumb", peThumb);
    this.merchantThumb = merchantThumb;
    this.brandId = Check.required("brandID", brandId);
    this.suite = Check.required("suite", suite);
    if (!suite.getAlgorithm().on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      throw new IllegalArgumentException("suite must be an AgentSET algorithm suite");
    }
    this.label = Check.visible("label", Check.required("label", label), 1, 64);
  }

  private GatewayBinding(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    peThumb = f.required("peThumb", CertThumb::getInstance);
    merchantThumb =
        f.optionalImplicit(
            0, "merchantThumb", org.bouncycastle.asn1.BERTags.SEQUENCE, CertThumb::getInstance);
    brandId = f.required("brandID", SetString.decoder(PInitReq.BRAND_ID_MAX));
    suite = f.required("suite", SetTypes.ALGORITHM);
    label = f.required("label", Values.visible(1, 64));
    f.end();
    if (!suite.getAlgorithm().on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      throw new SetDecodingException(BAD_VALUE, TYPE + ".suite", "not an AgentSET algorithm suite");
    }
  }

  /** Decodes a GatewayBinding. */
  public static GatewayBinding getInstance(Object obj) {
    return obj instanceof GatewayBinding v ? v : new GatewayBinding(Fields.sequence(TYPE, obj));
  }

  /** The gateway key-exchange certificate the PI was encrypted to. */
  public CertThumb getPeThumb() {
    return peThumb;
  }

  /** The merchant signature certificate, or null. */
  public CertThumb getMerchantThumb() {
    return merchantThumb;
  }

  public SetString getBrandId() {
    return brandId;
  }

  /** The algorithm suite of the purchase. */
  public AlgorithmIdentifier getSuite() {
    return suite;
  }

  /** Protocol and role label. */
  public String getLabel() {
    return label;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(peThumb)
        .implicit(0, merchantThumb)
        .add(brandId)
        .add(suite)
        .add(Der.visible(label))
        .build();
  }
}
