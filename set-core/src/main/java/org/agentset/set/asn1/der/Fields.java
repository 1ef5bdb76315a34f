package org.agentset.set.asn1.der;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.MISSING_FIELD;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.NOT_DER;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.UNEXPECTED_FIELD;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.WRONG_TAG;

import java.util.function.Predicate;
import org.bouncycastle.asn1.ASN1BMPString;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1NumericString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.ASN1VisibleString;
import org.bouncycastle.asn1.BERTags;

/**
 * A cursor over the elements of one {@code SEQUENCE}, reading the fields of a SET type in order and
 * turning every way they can be wrong into a {@link SetDecodingException} that names the type and
 * the field.
 *
 * <p>Per-type decoding then reads like the ASN.1 it implements:
 *
 * <pre>{@code
 * Fields f = Fields.of("PInitReq", seq);
 * rrpid = f.required("rrpid", SetTypes.RRPID);
 * localIdM = f.optionalImplicit(0, "localID-M", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
 * thumbs = f.optionalExplicit(1, "thumbs", Thumbs::getInstance);
 * f.end();
 * }</pre>
 *
 * <p>Any runtime exception a decoder throws (Bouncy Castle's {@code IllegalArgumentException},
 * {@code IllegalStateException} for a tag of the wrong explicitness, {@code ClassCastException})
 * becomes a {@code SetDecodingException} here, so none escapes a {@code getInstance}.
 */
public final class Fields {

  private final String type;
  private final ASN1Sequence seq;
  private int index;

  private Fields(String type, ASN1Sequence seq) {
    this.type = type;
    this.seq = seq;
  }

  /** A cursor over {@code seq}, reporting errors under {@code type}. */
  public static Fields of(String type, ASN1Sequence seq) {
    return new Fields(type, seq);
  }

  /**
   * The {@code SEQUENCE} that {@code obj} is: an ASN.1 value, or DER bytes (parsed with {@link
   * StrictDer} and {@link DerLimits#DEFAULT}).
   */
  public static ASN1Sequence sequence(String type, Object obj) {
    ASN1Primitive p = primitive(type, obj);
    if (!(p instanceof ASN1Sequence s)) {
      throw new SetDecodingException(WRONG_TAG, type, "expected SEQUENCE");
    }
    return s;
  }

  /** The context-tagged element that a {@code CHOICE} value {@code obj} is. */
  public static ASN1TaggedObject choice(String type, Object obj) {
    ASN1Primitive p = primitive(type, obj);
    if (!(p instanceof ASN1TaggedObject t) || t.getTagClass() != BERTags.CONTEXT_SPECIFIC) {
      throw new SetDecodingException(WRONG_TAG, type, "expected a context-tagged alternative");
    }
    return t;
  }

  /** Decodes the explicitly tagged alternative {@code alt} of a {@code CHOICE}. */
  public static <T> T explicitAlternative(
      String type, String alt, ASN1TaggedObject t, Decoder<T> decoder) {
    return guarded(type, alt, () -> decoder.decode(explicitBase(t)));
  }

  /**
   * Decodes the implicitly tagged alternative {@code alt} whose base has universal {@code baseTag}.
   */
  public static <T> T implicitAlternative(
      String type, String alt, ASN1TaggedObject t, int baseTag, Decoder<T> decoder) {
    return guarded(type, alt, () -> decoder.decode(implicitBase(t, baseTag)));
  }

  /** An unknown alternative of a {@code CHOICE}. */
  public static SetDecodingException unknownAlternative(String type, ASN1TaggedObject t) {
    return new SetDecodingException(WRONG_TAG, type, "no alternative [" + t.getTagNo() + "]");
  }

  /** The next element, which must be present, decoded by {@code decoder}. */
  public <T> T required(String field, Decoder<T> decoder) {
    ASN1Encodable e = next(field);
    return guarded(type, field, () -> decoder.decode(e));
  }

  /**
   * An untagged {@code OPTIONAL} field: present when the next element has universal tag {@code
   * universalTag} (e.g. {@link BERTags#OCTET_STRING}); null otherwise.
   */
  public <T> T optional(String field, int universalTag, Decoder<T> decoder) {
    return optionalIf(field, p -> hasUniversalTag(p, universalTag), decoder);
  }

  /**
   * An untagged {@code OPTIONAL} field present when the next element satisfies {@code present} (for
   * an untagged {@code CHOICE}, e.g. a {@code SETString}); null otherwise.
   */
  public <T> T optionalIf(String field, Predicate<ASN1Primitive> present, Decoder<T> decoder) {
    ASN1Encodable e = peek();
    if (e == null || !present.test(e.toASN1Primitive())) {
      return null;
    }
    index++;
    return guarded(type, field, () -> decoder.decode(e));
  }

  /** A mandatory {@code [tag] EXPLICIT} field. */
  public <T> T explicit(int tag, String field, Decoder<T> decoder) {
    T value = optionalExplicit(tag, field, decoder);
    if (value == null) {
      throw missingOrWrong(field, tag);
    }
    return value;
  }

  /** An {@code [tag] EXPLICIT ... OPTIONAL} field, null when absent. */
  public <T> T optionalExplicit(int tag, String field, Decoder<T> decoder) {
    ASN1TaggedObject t = nextTagged(tag);
    return t == null ? null : guarded(type, field, () -> decoder.decode(explicitBase(t)));
  }

  /** A mandatory {@code [tag] IMPLICIT} field whose base type has universal tag {@code baseTag}. */
  public <T> T implicit(int tag, String field, int baseTag, Decoder<T> decoder) {
    T value = optionalImplicit(tag, field, baseTag, decoder);
    if (value == null) {
      throw missingOrWrong(field, tag);
    }
    return value;
  }

  /** An {@code [tag] IMPLICIT ... OPTIONAL} field, null when absent. */
  public <T> T optionalImplicit(int tag, String field, int baseTag, Decoder<T> decoder) {
    ASN1TaggedObject t = nextTagged(tag);
    return t == null ? null : guarded(type, field, () -> decoder.decode(implicitBase(t, baseTag)));
  }

  /**
   * An untagged {@code BOOLEAN DEFAULT FALSE}: false when absent; DER forbids encoding the default,
   * so an explicit FALSE is {@code NOT_DER}.
   */
  public boolean defaultFalse(String field) {
    Boolean v = optional(field, BERTags.BOOLEAN, Values.bool());
    return checkDefault(field, v);
  }

  /** An {@code [tag] BOOLEAN DEFAULT FALSE} (implicitly tagged). */
  public boolean taggedDefaultFalse(int tag, String field) {
    Boolean v = optionalImplicit(tag, field, BERTags.BOOLEAN, Values.bool());
    return checkDefault(field, v);
  }

  /** Checks that no element is left. */
  public void end() {
    if (index < seq.size()) {
      throw new SetDecodingException(
          UNEXPECTED_FIELD, type, "element " + index + " of " + seq.size() + " is not defined");
    }
  }

  private boolean checkDefault(String field, Boolean v) {
    if (Boolean.FALSE.equals(v)) {
      throw new SetDecodingException(NOT_DER, type + "." + field, "DEFAULT value FALSE encoded");
    }
    return v != null;
  }

  private ASN1Encodable next(String field) {
    if (index >= seq.size()) {
      throw new SetDecodingException(MISSING_FIELD, type + "." + field, "absent");
    }
    return seq.getObjectAt(index++);
  }

  private ASN1Encodable peek() {
    return index < seq.size() ? seq.getObjectAt(index) : null;
  }

  private ASN1TaggedObject nextTagged(int tag) {
    ASN1Encodable e = peek();
    if (e != null
        && e.toASN1Primitive() instanceof ASN1TaggedObject t
        && t.getTagClass() == BERTags.CONTEXT_SPECIFIC
        && t.getTagNo() == tag) {
      index++;
      return t;
    }
    return null;
  }

  private SetDecodingException missingOrWrong(String field, int tag) {
    ASN1Encodable e = peek();
    if (e == null) {
      return new SetDecodingException(MISSING_FIELD, type + "." + field, "absent");
    }
    return new SetDecodingException(WRONG_TAG, type + "." + field, "expected [" + tag + "]");
  }

  private static ASN1Primitive explicitBase(ASN1TaggedObject t) {
    if (!t.isExplicit()) {
      throw new SetDecodingException(WRONG_TAG, "", "expected an explicit tag");
    }
    return t.getExplicitBaseObject().toASN1Primitive();
  }

  private static ASN1Primitive implicitBase(ASN1TaggedObject t, int baseTag) {
    return t.getBaseUniversal(false, baseTag);
  }

  /** Whether {@code p} is of the universal type with tag number {@code tag} (SET's types only). */
  public static boolean hasUniversalTag(ASN1Primitive p, int tag) {
    return switch (tag) {
      case BERTags.BOOLEAN -> p instanceof ASN1Boolean;
      case BERTags.INTEGER -> p instanceof ASN1Integer;
      case BERTags.OCTET_STRING -> p instanceof ASN1OctetString;
      case BERTags.ENUMERATED -> p instanceof ASN1Enumerated;
      case BERTags.OBJECT_IDENTIFIER -> p instanceof ASN1ObjectIdentifier;
      case BERTags.SEQUENCE -> p instanceof ASN1Sequence;
      case BERTags.SET -> p instanceof ASN1Set;
      case BERTags.GENERALIZED_TIME -> p instanceof ASN1GeneralizedTime;
      case BERTags.VISIBLE_STRING -> p instanceof ASN1VisibleString;
      case BERTags.NUMERIC_STRING -> p instanceof ASN1NumericString;
      case BERTags.BMP_STRING -> p instanceof ASN1BMPString;
      case BERTags.UTF8_STRING -> p instanceof ASN1UTF8String;
      default -> throw new IllegalArgumentException("universal tag " + tag + " not used by SET");
    };
  }

  private static ASN1Primitive primitive(String type, Object obj) {
    try {
      if (obj instanceof byte[] bytes) {
        return StrictDer.parse(bytes, DerLimits.DEFAULT);
      }
      if (obj instanceof ASN1Encodable e) {
        return e.toASN1Primitive();
      }
    } catch (SetDecodingException e) {
      throw e.at(type);
    } catch (RuntimeException e) {
      throw new SetDecodingException(BAD_VALUE, type, "rejected: " + e.getClass().getSimpleName());
    }
    throw new SetDecodingException(
        obj == null ? MISSING_FIELD : WRONG_TAG, type, "not an ASN.1 value");
  }

  private interface Step<T> {
    T run();
  }

  private static <T> T guarded(String type, String field, Step<T> step) {
    try {
      return step.run();
    } catch (SetDecodingException e) {
      throw e.within(type, field);
    } catch (RuntimeException e) {
      throw new SetDecodingException(
          BAD_VALUE, type + "." + field, "rejected: " + e.getClass().getSimpleName());
    }
  }
}
