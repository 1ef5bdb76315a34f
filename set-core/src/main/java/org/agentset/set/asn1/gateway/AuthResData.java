package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the gateway signs and envelopes to the merchant in AuthRes: the echoed tags of the request,
 * revocation and certificate hints, and the result.
 *
 * <pre>
 * AuthResData ::= SEQUENCE {
 *    authTags            AuthTags,
 *    brandCRLIdentifier  [0] EXPLICIT BrandCRLIdentifier OPTIONAL,
 *    peThumb             [1] EXPLICIT CertThumb OPTIONAL,
 *    authResPayload      AuthResPayload
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.66 (SET-PROTOCOL.md §3.5 [C]); tags [U]. Signed content is {@code
 * AuthResTBS ::= L{AuthResData, AuthResBaggage}}.
 */
public final class AuthResData extends ASN1Object {

  private static final String TYPE = "AuthResData";

  private final AuthTags authTags;
  private final ASN1Sequence brandCrlIdentifier;
  private final CertThumb peThumb;
  private final AuthResPayload authResPayload;

  /** Builds AuthResData; {@code brandCrlIdentifier} and {@code peThumb} may be null. */
  public AuthResData(
      AuthTags authTags,
      ASN1Sequence brandCrlIdentifier,
      CertThumb peThumb,
      AuthResPayload authResPayload) {
    this.authTags = Check.required("authTags", authTags);
    this.brandCrlIdentifier = SetTypes.checkBrandCrlIdentifier(brandCrlIdentifier);
    this.peThumb = peThumb;
    this.authResPayload = Check.required("authResPayload", authResPayload);
  }

  private AuthResData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authTags = f.required("authTags", AuthTags::getInstance);
    brandCrlIdentifier = f.optionalExplicit(0, "brandCRLIdentifier", SetTypes.BRAND_CRL_IDENTIFIER);
    peThumb = f.optionalExplicit(1, "peThumb", CertThumb::getInstance);
    authResPayload = f.required("authResPayload", AuthResPayload::getInstance);
    f.end();
  }

  /** Decodes AuthResData. */
  public static AuthResData getInstance(Object obj) {
    return obj instanceof AuthResData v ? v : new AuthResData(Fields.sequence(TYPE, obj));
  }

  public AuthTags getAuthTags() {
    return authTags;
  }

  public ASN1Sequence getBrandCrlIdentifier() {
    return brandCrlIdentifier;
  }

  public CertThumb getPeThumb() {
    return peThumb;
  }

  public AuthResPayload getAuthResPayload() {
    return authResPayload;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(authTags)
        .explicit(0, brandCrlIdentifier)
        .explicit(1, peThumb)
        .add(authResPayload)
        .build();
  }
}
