package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * One authorization request: its tags, the merchant's check digests and the payload. Also reused
 * inside CapPayload and AuthRevReqData to recall the original request.
 *
 * <pre>
 * AuthReqItem ::= SEQUENCE {
 *    authTags        AuthTags,
 *    checkDigests    [0] CheckDigests OPTIONAL,   -- absent when the PI is an AuthToken
 *    authReqPayload  AuthReqPayload
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.64 (SET-PROTOCOL.md §3.5 [C]); tag [U].
 */
public final class AuthReqItem extends ASN1Object {

  private static final String TYPE = "AuthReqItem";

  private final AuthTags authTags;
  private final CheckDigests checkDigests;
  private final AuthReqPayload authReqPayload;

  /** Builds an AuthReqItem; {@code checkDigests} may be null. */
  public AuthReqItem(AuthTags authTags, CheckDigests checkDigests, AuthReqPayload authReqPayload) {
    this.authTags = Check.required("authTags", authTags);
    this.checkDigests = checkDigests;
    this.authReqPayload = Check.required("authReqPayload", authReqPayload);
  }

  private AuthReqItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authTags = f.required("authTags", AuthTags::getInstance);
    checkDigests =
        f.optionalImplicit(0, "checkDigests", BERTags.SEQUENCE, CheckDigests::getInstance);
    authReqPayload = f.required("authReqPayload", AuthReqPayload::getInstance);
    f.end();
  }

  /** Decodes an AuthReqItem. */
  public static AuthReqItem getInstance(Object obj) {
    return obj instanceof AuthReqItem v ? v : new AuthReqItem(Fields.sequence(TYPE, obj));
  }

  public AuthTags getAuthTags() {
    return authTags;
  }

  public CheckDigests getCheckDigests() {
    return checkDigests;
  }

  public AuthReqPayload getAuthReqPayload() {
    return authReqPayload;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(authTags).implicit(0, checkDigests).add(authReqPayload).build();
  }
}
