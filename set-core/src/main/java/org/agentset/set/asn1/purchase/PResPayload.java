package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The state of one order (or one part of a split order) reported to the cardholder, with the
 * gateway's signed receipt relayed from AuthRes.
 *
 * <pre>
 * PResPayload ::= SEQUENCE {
 *    completionCode  CompletionCode,
 *    results         Results OPTIONAL,
 *    pRsExtensions   [0] MsgExtensions OPTIONAL   -- GatewayReceipt (AgentSET, §5.2)
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.6 [U]; tags [U].
 */
public final class PResPayload extends ASN1Object {

  private static final String TYPE = "PResPayload";

  private final CompletionCode completionCode;
  private final Results results;
  private final Extensions pRsExtensions;

  /** Builds a PResPayload; {@code results} and {@code pRsExtensions} may be null. */
  public PResPayload(CompletionCode completionCode, Results results, Extensions pRsExtensions) {
    this.completionCode = Check.required("completionCode", completionCode);
    this.results = results;
    this.pRsExtensions = pRsExtensions;
    getGatewayReceipt();
  }

  private PResPayload(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    completionCode = f.required("completionCode", Values.enumerated(CompletionCode.class));
    results = f.optional("results", BERTags.SEQUENCE, Results::getInstance);
    pRsExtensions = f.optionalImplicit(0, "pRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
    getGatewayReceipt();
  }

  /** Decodes a PResPayload. */
  public static PResPayload getInstance(Object obj) {
    return obj instanceof PResPayload v ? v : new PResPayload(Fields.sequence(TYPE, obj));
  }

  public CompletionCode getCompletionCode() {
    return completionCode;
  }

  public Results getResults() {
    return results;
  }

  public Extensions getPRsExtensions() {
    return pRsExtensions;
  }

  /** The gateway-signed receipt relayed by the merchant (SET-PROTOCOL.md §5.2), or null. */
  public GatewayReceipt getGatewayReceipt() {
    return AgentSetExtensions.find(
        pRsExtensions,
        MessageIdentifiers.EXT_GATEWAY_RECEIPT,
        TYPE + ".pRsExtensions.gatewayReceipt",
        false,
        GatewayReceipt::getInstance);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(completionCode))
        .optional(results)
        .implicit(0, pRsExtensions)
        .build();
  }
}
