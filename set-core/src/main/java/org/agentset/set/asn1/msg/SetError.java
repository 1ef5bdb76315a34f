package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * SET's {@code Error} message (named {@code SetError} here so it does not shadow {@code
 * java.lang.Error}): signed by the party that refuses a message when it holds a signature
 * certificate, unsigned otherwise (a cardholder without a certificate, or a party that cannot
 * sign). A party always answers a message it refuses with one of these, never with a bare transport
 * error.
 *
 * <pre>
 * Error ::= CHOICE {
 *    signedError    [0] EXPLICIT SignedError,
 *    unsignedError  [1] EXPLICIT UnsignedError
 * }
 * SignedError   ::= S { EE, ErrorTBS }   -- CMS SignedData, eContentType setct-ErrorTBS
 * UnsignedError ::= ErrorTBS
 * </pre>
 *
 * <p>Alternatives from Book 2 (SET-PROTOCOL.md §3.9 [C]); tags [U].
 */
public final class SetError extends ASN1Object {

  private static final String TYPE = "Error";

  private final ContentInfo signedError;
  private final ErrorTBS unsignedError;

  private SetError(ContentInfo signedError, ErrorTBS unsignedError) {
    this.signedError = signedError;
    this.unsignedError = unsignedError;
  }

  /** A signed Error: {@code S(EE, ErrorTBS)} made by {@code org.agentset.set.crypto}. */
  public static SetError signed(ContentInfo signedErrorTbs) {
    return new SetError(ContentKind.SIGNED.check("signedError", signedErrorTbs), null);
  }

  /** An unsigned Error. */
  public static SetError unsigned(ErrorTBS errorTbs) {
    return new SetError(null, Check.required("unsignedError", errorTbs));
  }

  /** Decodes an Error. */
  public static SetError getInstance(Object obj) {
    if (obj instanceof SetError v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new SetError(
              Fields.explicitAlternative(
                  TYPE, "signedError", t, e -> ContentKind.SIGNED.decode("SignedError", e)),
              null);
      case 1 ->
          new SetError(
              null, Fields.explicitAlternative(TYPE, "unsignedError", t, ErrorTBS::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** Whether the Error is signed. */
  public boolean isSigned() {
    return signedError != null;
  }

  /** The SignedData over ErrorTBS, or null for an unsigned Error. */
  public ContentInfo getSignedError() {
    return signedError;
  }

  /** The ErrorTBS of an unsigned Error, or null (open the signed one with the crypto layer). */
  public ErrorTBS getUnsignedError() {
    return unsignedError;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return signedError != null
        ? new DERTaggedObject(true, 0, ProtectedContent.toDer(signedError))
        : new DERTaggedObject(true, 1, unsignedError);
  }
}
