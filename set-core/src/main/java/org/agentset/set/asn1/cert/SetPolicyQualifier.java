package org.agentset.set.asn1.cert;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * The qualifier ({@code setQualifier}, 2.23.42.7.6) of SET's single certificate policy {@code
 * set-policy-root} (2.23.42.5.0): the root's statement plus the policies each lower CA added.
 *
 * <pre>
 * SetPolicyQualifier ::= SEQUENCE {
 *   rootQualifier      SETQualifier,
 *   additionalPolicies AdditionalPolicies OPTIONAL }
 * AdditionalPolicies ::= SEQUENCE SIZE(1..ub-policies) OF AdditionalPolicy
 * </pre>
 *
 * <p>{@code ub-policies} is not confirmed; AgentSET bounds it at {@value #MAX_ADDITIONAL}.
 */
public final class SetPolicyQualifier extends ASN1Object {

  /** Upper bound on additional policies (one per CA level is the realistic maximum). */
  public static final int MAX_ADDITIONAL = 8;

  private static final String FIELD = "setPolicyQualifier";

  private final SetQualifier rootQualifier;
  private final List<AdditionalPolicy> additional;

  /** A qualifier with the root's statement and 0..8 additional policies. */
  public SetPolicyQualifier(SetQualifier rootQualifier, List<AdditionalPolicy> additional) {
    if (rootQualifier == null) {
      throw new MalformedCertExtensionException(FIELD + ".rootQualifier", "missing");
    }
    if (additional != null && additional.size() > MAX_ADDITIONAL) {
      throw new MalformedCertExtensionException(
          FIELD + ".additionalPolicies", "more than " + MAX_ADDITIONAL);
    }
    this.rootQualifier = rootQualifier;
    this.additional = additional == null ? List.of() : List.copyOf(additional);
  }

  /** Converts a {@link SetPolicyQualifier} or its SEQUENCE. */
  public static SetPolicyQualifier getInstance(Object obj) {
    if (obj instanceof SetPolicyQualifier q) {
      return q;
    }
    if (obj == null) {
      return null;
    }
    SeqReader r = SeqReader.of(SeqReader.sequence(obj, FIELD), FIELD);
    SetQualifier root = SetQualifier.getInstance(r.next("rootQualifier"), r.path("rootQualifier"));
    ASN1Sequence more = r.optional(ASN1Sequence.class);
    r.end();
    List<AdditionalPolicy> list = new ArrayList<>();
    if (more != null) {
      if (more.size() == 0 || more.size() > MAX_ADDITIONAL) {
        throw new MalformedCertExtensionException(
            r.path("additionalPolicies"), "must hold 1.." + MAX_ADDITIONAL);
      }
      for (var p : more) {
        list.add(AdditionalPolicy.getInstance(p));
      }
    }
    return new SetPolicyQualifier(root, list);
  }

  /** Decodes a DER-encoded qualifier strictly. */
  public static SetPolicyQualifier fromDer(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public SetQualifier rootQualifier() {
    return rootQualifier;
  }

  public List<AdditionalPolicy> additionalPolicies() {
    return additional;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(rootQualifier);
    if (!additional.isEmpty()) {
      v.add(new DERSequence(additional.toArray(new AdditionalPolicy[0])));
    }
    return new DERSequence(v);
  }
}
