package org.agentset.set.asn1.cert;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The human-readable part of SET's certificate policy: a terse statement and where the full policy
 * lives.
 *
 * <pre>
 * SETQualifier ::= SEQUENCE {
 *   terseStatement SETString{ub-terseStatement} OPTIONAL,   -- 2048
 *   policyURL      [0] URL OPTIONAL,                        -- VisibleString (SIZE(1..512))
 *   policyEmail    [1] URL OPTIONAL }
 * </pre>
 *
 * <p>Layout and bounds as in BBN's generated SET extensions; at least one component must be present
 * (an empty qualifier says nothing).
 */
public final class SetQualifier extends ASN1Object {

  private static final String FIELD = "setQualifier";

  private final String terseStatement;
  private final String policyUrl;
  private final String policyEmail;

  /** A qualifier; any component may be null but not all of them. */
  public SetQualifier(String terseStatement, String policyUrl, String policyEmail) {
    if (terseStatement == null && policyUrl == null && policyEmail == null) {
      throw new MalformedCertExtensionException(FIELD, "empty qualifier");
    }
    if (terseStatement != null) {
      SetStrings.check(terseStatement, 2048, FIELD + ".terseStatement");
    }
    if (policyUrl != null) {
      SetStrings.visible(policyUrl, 512, FIELD + ".policyURL");
    }
    if (policyEmail != null) {
      SetStrings.visible(policyEmail, 512, FIELD + ".policyEmail");
    }
    this.terseStatement = terseStatement;
    this.policyUrl = policyUrl;
    this.policyEmail = policyEmail;
  }

  private static SetQualifier decode(ASN1Sequence seq, String field) {
    SeqReader r = SeqReader.of(seq, field);
    ASN1String first = r.optional(ASN1String.class);
    String terse =
        first == null
            ? null
            : SetStrings.decode((ASN1Encodable) first, 2048, r.path("terseStatement"));
    ASN1TaggedObject urlTag = r.optionalTagged(0);
    String url =
        urlTag == null
            ? null
            : SetStrings.visible(
                ASN1VisibleString.getInstance(urlTag, false), 512, r.path("policyURL"));
    ASN1TaggedObject mailTag = r.optionalTagged(1);
    String mail =
        mailTag == null
            ? null
            : SetStrings.visible(
                ASN1VisibleString.getInstance(mailTag, false), 512, r.path("policyEmail"));
    r.end();
    if (terse == null && url == null && mail == null) {
      throw new MalformedCertExtensionException(field, "empty qualifier");
    }
    return new SetQualifier(terse, url, mail);
  }

  /** Converts a {@link SetQualifier} or its SEQUENCE. */
  public static SetQualifier getInstance(Object obj) {
    if (obj instanceof SetQualifier q) {
      return q;
    }
    return obj == null ? null : decode(SeqReader.sequence(obj, FIELD), FIELD);
  }

  static SetQualifier getInstance(Object obj, String field) {
    return decode(SeqReader.sequence(obj, field), field);
  }

  public Optional<String> terseStatement() {
    return Optional.ofNullable(terseStatement);
  }

  public Optional<String> policyUrl() {
    return Optional.ofNullable(policyUrl);
  }

  public Optional<String> policyEmail() {
    return Optional.ofNullable(policyEmail);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    if (terseStatement != null) {
      v.add(SetStrings.encode(terseStatement, 2048, FIELD));
    }
    if (policyUrl != null) {
      v.add(new DERTaggedObject(false, 0, SetStrings.visible(policyUrl, 512, FIELD)));
    }
    if (policyEmail != null) {
      v.add(new DERTaggedObject(false, 1, SetStrings.visible(policyEmail, 512, FIELD)));
    }
    return new DERSequence(v);
  }
}
