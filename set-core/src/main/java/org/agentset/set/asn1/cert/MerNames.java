package org.agentset.set.asn1.cert;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The merchant's name and location in one language, as the cardholder's wallet shows them.
 *
 * <pre>
 * MerNames ::= SEQUENCE {
 *   language      [0] Language,                       -- RFC 1766 tag, VisibleString (SIZE(1..35))
 *   name          [1] EXPLICIT SETString{ub-merName},  -- 25
 *   city          [2] EXPLICIT SETString{ub-cityName}, -- 50
 *   stateProvince [3] EXPLICIT SETString{ub-stateProvince} OPTIONAL, -- 25
 *   postalCode    [4] EXPLICIT SETString{ub-postalCode} OPTIONAL,    -- 14
 *   countryName   [5] EXPLICIT SETString{ub-countryName} }           -- 50
 * </pre>
 *
 * <p>Tags and bounds from SET Book 3 as reproduced in cryptlib's {@code certattr.c} and BBN's
 * generated {@code extensions.h} (the module uses IMPLICIT TAGS; the CHOICE-typed fields are
 * therefore explicitly tagged).
 */
public final class MerNames extends ASN1Object {

  private static final String FIELD = "merNames";

  private final String language;
  private final String name;
  private final String city;
  private final String stateProvince;
  private final String postalCode;
  private final String countryName;

  /** Names in {@code language}; {@code stateProvince} and {@code postalCode} may be null. */
  public MerNames(
      String language,
      String name,
      String city,
      String stateProvince,
      String postalCode,
      String countryName) {
    SetStrings.visible(language, 35, FIELD + ".language");
    SetStrings.check(name, 25, FIELD + ".name");
    SetStrings.check(city, 50, FIELD + ".city");
    if (stateProvince != null) {
      SetStrings.check(stateProvince, 25, FIELD + ".stateProvince");
    }
    if (postalCode != null) {
      SetStrings.check(postalCode, 14, FIELD + ".postalCode");
    }
    SetStrings.check(countryName, 50, FIELD + ".countryName");
    this.language = language;
    this.name = name;
    this.city = city;
    this.stateProvince = stateProvince;
    this.postalCode = postalCode;
    this.countryName = countryName;
  }

  private MerNames(ASN1Sequence seq) {
    SeqReader r = SeqReader.of(seq, FIELD);
    ASN1TaggedObject lang = required(r, 0, "language");
    this.language =
        SetStrings.visible(ASN1VisibleString.getInstance(lang, false), 35, r.path("language"));
    this.name =
        SetStrings.decode(required(r, 1, "name").getExplicitBaseObject(), 25, r.path("name"));
    this.city =
        SetStrings.decode(required(r, 2, "city").getExplicitBaseObject(), 50, r.path("city"));
    this.stateProvince = optional(r, 3, 25, "stateProvince");
    this.postalCode = optional(r, 4, 14, "postalCode");
    this.countryName =
        SetStrings.decode(
            required(r, 5, "countryName").getExplicitBaseObject(), 50, r.path("countryName"));
    r.end();
  }

  private static ASN1TaggedObject required(SeqReader r, int tag, String field) {
    ASN1TaggedObject t = r.optionalTagged(tag);
    if (t == null) {
      throw new MalformedCertExtensionException(r.path(field), "missing [" + tag + "]");
    }
    if (tag != 0 && !t.isExplicit()) {
      throw new MalformedCertExtensionException(r.path(field), "must be explicitly tagged");
    }
    return t;
  }

  private static String optional(SeqReader r, int tag, int bound, String field) {
    ASN1TaggedObject t = r.optionalTagged(tag);
    if (t == null) {
      return null;
    }
    if (!t.isExplicit()) {
      throw new MalformedCertExtensionException(r.path(field), "must be explicitly tagged");
    }
    return SetStrings.decode(t.getExplicitBaseObject(), bound, r.path(field));
  }

  /** Converts a {@link MerNames} or its SEQUENCE. */
  public static MerNames getInstance(Object obj) {
    if (obj instanceof MerNames m) {
      return m;
    }
    return obj == null ? null : new MerNames(SeqReader.sequence(obj, FIELD));
  }

  public String language() {
    return language;
  }

  public String name() {
    return name;
  }

  public String city() {
    return city;
  }

  public Optional<String> stateProvince() {
    return Optional.ofNullable(stateProvince);
  }

  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  public String countryName() {
    return countryName;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new DERTaggedObject(false, 0, SetStrings.visible(language, 35, FIELD)));
    v.add(new DERTaggedObject(true, 1, SetStrings.encode(name, 25, FIELD)));
    v.add(new DERTaggedObject(true, 2, SetStrings.encode(city, 50, FIELD)));
    if (stateProvince != null) {
      v.add(new DERTaggedObject(true, 3, SetStrings.encode(stateProvince, 25, FIELD)));
    }
    if (postalCode != null) {
      v.add(new DERTaggedObject(true, 4, SetStrings.encode(postalCode, 14, FIELD)));
    }
    v.add(new DERTaggedObject(true, 5, SetStrings.encode(countryName, 50, FIELD)));
    return new DERSequence(v);
  }
}
