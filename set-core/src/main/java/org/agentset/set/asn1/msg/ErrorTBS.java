package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The content of an Error: the code, a fresh nonce (so a signed Error is never a signature over
 * predictable data), the unsupported critical extension or failing certificate when there is one,
 * and what the Error is about.
 *
 * <pre>
 * ErrorTBS ::= SEQUENCE {
 *    errorCode   ErrorCode,
 *    errorNonce  Nonce,
 *    errorOID    [0] OBJECT IDENTIFIER OPTIONAL,   -- unsupported critical extension
 *    errorThumb  [1] EXPLICIT CertThumb OPTIONAL,  -- certificate that caused the error
 *    errorMsg    [2] ErrorMsg                      -- CHOICE, hence explicit
 * }
 * </pre>
 *
 * <p>Fields from Book 2 (SET-PROTOCOL.md §3.9 [C]); tags [U]. Content type {@code setct-ErrorTBS}
 * when signed.
 */
public final class ErrorTBS extends ASN1Object {

  private static final String TYPE = "ErrorTBS";

  private final ErrorCode errorCode;
  private final byte[] errorNonce;
  private final ASN1ObjectIdentifier errorOid;
  private final CertThumb errorThumb;
  private final ErrorMsg errorMsg;

  /** Builds ErrorTBS; {@code errorOid} and {@code errorThumb} may be null. */
  public ErrorTBS(
      ErrorCode errorCode,
      byte[] errorNonce,
      ASN1ObjectIdentifier errorOid,
      CertThumb errorThumb,
      ErrorMsg errorMsg) {
    this.errorCode = Check.required("errorCode", errorCode);
    this.errorNonce =
        Check.requiredOctets("errorNonce", errorNonce, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
    this.errorOid = errorOid;
    this.errorThumb = errorThumb;
    this.errorMsg = Check.required("errorMsg", errorMsg);
  }

  private ErrorTBS(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    errorCode = f.required("errorCode", Values.enumerated(ErrorCode.class));
    errorNonce = f.required("errorNonce", SetTypes.NONCE);
    errorOid = f.optionalImplicit(0, "errorOID", BERTags.OBJECT_IDENTIFIER, Values.oid());
    errorThumb = f.optionalExplicit(1, "errorThumb", CertThumb::getInstance);
    errorMsg = f.explicit(2, "errorMsg", ErrorMsg::getInstance);
    f.end();
  }

  /** Decodes ErrorTBS. */
  public static ErrorTBS getInstance(Object obj) {
    return obj instanceof ErrorTBS v ? v : new ErrorTBS(Fields.sequence(TYPE, obj));
  }

  /** The error code. */
  public ErrorCode getErrorCode() {
    return errorCode;
  }

  /** The error nonce. */
  public byte[] getErrorNonce() {
    return errorNonce.clone();
  }

  /** The unsupported critical extension, or null. */
  public ASN1ObjectIdentifier getErrorOid() {
    return errorOid;
  }

  /** The certificate that caused the error, or null. */
  public CertThumb getErrorThumb() {
    return errorThumb;
  }

  /** What the error is about. */
  public ErrorMsg getErrorMsg() {
    return errorMsg;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(errorCode))
        .add(Der.octets(errorNonce))
        .implicit(0, errorOid)
        .explicit(1, errorThumb)
        .explicit(2, errorMsg)
        .build();
  }
}
