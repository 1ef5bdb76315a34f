package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The authorization result and, with capture-now, the capture result; AgentSET's merchant binding
 * and gateway receipt ride in its extensions.
 *
 * <pre>
 * AuthResPayload ::= SEQUENCE {
 *    authHeader     AuthHeader,
 *    capResPayload  [0] CapResPayload OPTIONAL,
 *    aRsExtensions  [1] MsgExtensions OPTIONAL   -- MerchantBinding (critical), GatewayReceipt
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.66 (SET-PROTOCOL.md §3.5 [C]); tags [U].
 */
public final class AuthResPayload extends ASN1Object {

  private static final String TYPE = "AuthResPayload";

  private final AuthHeader authHeader;
  private final CapResPayload capResPayload;
  private final Extensions aRsExtensions;

  /** Builds AuthResPayload; {@code capResPayload} and {@code aRsExtensions} may be null. */
  public AuthResPayload(
      AuthHeader authHeader, CapResPayload capResPayload, Extensions aRsExtensions) {
    this.authHeader = Check.required("authHeader", authHeader);
    this.capResPayload = capResPayload;
    this.aRsExtensions = aRsExtensions;
    validateExtensions();
  }

  private AuthResPayload(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authHeader = f.required("authHeader", AuthHeader::getInstance);
    capResPayload =
        f.optionalImplicit(0, "capResPayload", BERTags.SEQUENCE, CapResPayload::getInstance);
    aRsExtensions = f.optionalImplicit(1, "aRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
    validateExtensions();
  }

  private void validateExtensions() {
    getMerchantBinding();
    getGatewayReceipt();
  }

  /** Decodes AuthResPayload. */
  public static AuthResPayload getInstance(Object obj) {
    return obj instanceof AuthResPayload v ? v : new AuthResPayload(Fields.sequence(TYPE, obj));
  }

  public AuthHeader getAuthHeader() {
    return authHeader;
  }

  public CapResPayload getCapResPayload() {
    return capResPayload;
  }

  public Extensions getARsExtensions() {
    return aRsExtensions;
  }

  /** The merchant this authorization was made for (SET-PROTOCOL.md §5.2), or null if absent. */
  public MerchantBinding getMerchantBinding() {
    return AgentSetExtensions.find(
        aRsExtensions,
        MessageIdentifiers.EXT_MERCHANT_BINDING,
        TYPE + ".aRsExtensions.merchantBinding",
        true,
        MerchantBinding::getInstance);
  }

  /** The gateway-signed receipt for the cardholder (SET-PROTOCOL.md §5.2), or null if absent. */
  public GatewayReceipt getGatewayReceipt() {
    return AgentSetExtensions.find(
        aRsExtensions,
        MessageIdentifiers.EXT_GATEWAY_RECEIPT,
        TYPE + ".aRsExtensions.gatewayReceipt",
        false,
        GatewayReceipt::getInstance);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(authHeader)
        .implicit(0, capResPayload)
        .implicit(1, aRsExtensions)
        .build();
  }
}
