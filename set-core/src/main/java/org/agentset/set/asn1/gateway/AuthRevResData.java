package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The gateway's answer to an authorization reversal.
 *
 * <pre>
 * AuthRevResData ::= SEQUENCE {
 *    authRevCode          AuthRevCode,
 *    authRevTags          AuthRevTags,
 *    brandCRLIdentifier   [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    peThumb              [1] EXPLICIT CertThumb OPTIONAL,
 *    authNewAmt           CurrencyAmount,
 *    authResPayloadNew    [2] AuthResPayload OPTIONAL,
 *    aRvRsExtensions      [3] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §3.7 names the pair ({@code setct-AuthRevResData} exists [C]).
 */
public final class AuthRevResData extends ASN1Object {

  private static final String TYPE = "AuthRevResData";

  private final AuthRevCode authRevCode;
  private final AuthTags authRevTags;
  private final ASN1Sequence brandCrlIdentifier;
  private final CertThumb peThumb;
  private final CurrencyAmount authNewAmt;
  private final AuthResPayload authResPayloadNew;
  private final Extensions aRvRsExtensions;

  /** Builds AuthRevResData; the optional fields may be null. */
  public AuthRevResData(
      AuthRevCode authRevCode,
      AuthTags authRevTags,
      ASN1Sequence brandCrlIdentifier,
      CertThumb peThumb,
      CurrencyAmount authNewAmt,
      AuthResPayload authResPayloadNew,
      Extensions aRvRsExtensions) {
    this.authRevCode = Check.required("authRevCode", authRevCode);
    this.authRevTags = Check.required("authRevTags", authRevTags);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.peThumb = peThumb;
    this.authNewAmt = Check.required("authNewAmt", authNewAmt);
    this.authResPayloadNew = authResPayloadNew;
    this.aRvRsExtensions = aRvRsExtensions;
  }

  private AuthRevResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authRevCode = f.required("authRevCode", Values.enumerated(AuthRevCode.class));
    authRevTags = f.required("authRevTags", AuthTags::getInstance);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    peThumb = f.optionalExplicit(1, "peThumb", CertThumb::getInstance);
    authNewAmt = f.required("authNewAmt", CurrencyAmount::getInstance);
    authResPayloadNew =
        f.optionalImplicit(2, "authResPayloadNew", BERTags.SEQUENCE, AuthResPayload::getInstance);
    aRvRsExtensions =
        f.optionalImplicit(3, "aRvRsExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes AuthRevResData. */
  public static AuthRevResData getInstance(Object obj) {
    return obj instanceof AuthRevResData v ? v : new AuthRevResData(Fields.sequence(TYPE, obj));
  }

  public AuthRevCode getAuthRevCode() {
    return authRevCode;
  }

  public AuthTags getAuthRevTags() {
    return authRevTags;
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public CertThumb getPeThumb() {
    return peThumb;
  }

  public CurrencyAmount getAuthNewAmt() {
    return authNewAmt;
  }

  public AuthResPayload getAuthResPayloadNew() {
    return authResPayloadNew;
  }

  public Extensions getARvRsExtensions() {
    return aRvRsExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(authRevCode))
        .add(authRevTags)
        .explicit(0, brandCrlIdentifier)
        .explicit(1, peThumb)
        .add(authNewAmt)
        .implicit(2, authResPayloadNew)
        .implicit(3, aRvRsExtensions)
        .build();
  }
}
