package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The registration form and the CA's policy text the end entity must accept.
 *
 * <pre>
 * RegFormData ::= SEQUENCE {
 *    regTemplate  [0] RegTemplate OPTIONAL,
 *    policy       PolicyText            -- SETString { 4096 }
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] (regFormData {regTemplate OPTIONAL, policy}); tag and bound [U].
 */
public final class RegFormData extends ASN1Object {

  private static final String TYPE = "RegFormData";

  private final RegTemplate regTemplate;
  private final SetString policy;

  /** Builds RegFormData; optional fields may be null. */
  public RegFormData(RegTemplate regTemplate, SetString policy) {
    this.regTemplate = regTemplate;
    this.policy = Check.required("policy", policy);
  }

  private RegFormData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    regTemplate = f.optionalImplicit(0, "regTemplate", BERTags.SEQUENCE, RegTemplate::getInstance);
    policy = f.required("policy", SetString.decoder(4096));
    f.end();
  }

  /** Decodes RegFormData. */
  public static RegFormData getInstance(Object obj) {
    return obj instanceof RegFormData v ? v : new RegFormData(Fields.sequence(TYPE, obj));
  }

  public RegTemplate getRegTemplate() {
    return regTemplate;
  }

  public SetString getPolicy() {
    return policy;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().implicit(0, regTemplate).add(policy).build();
  }
}
