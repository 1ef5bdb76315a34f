package org.agentset.set.asn1.gateway;

import java.math.BigInteger;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * Which authorization an AuthReq or AuthRes is about: its request/response tags, the purchase's
 * TransIDs (whose XID the gateway checks against PIHead), and the acquirer's retrieval number.
 *
 * <pre>
 * AuthTags ::= SEQUENCE {
 *    authRRTags  RRTags,
 *    transIDs    TransIDs,
 *    authRetNum  AuthRetNum OPTIONAL      -- INTEGER (0..MAX)
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.64 (SET-PROTOCOL.md §3.5 [C]).
 */
public final class AuthTags extends ASN1Object {

  private static final String TYPE = "AuthTags";

  private final RRTags authRrTags;
  private final TransIDs transIds;
  private final BigInteger authRetNum;

  /** Builds AuthTags; {@code authRetNum} may be null. */
  public AuthTags(RRTags authRrTags, TransIDs transIds, BigInteger authRetNum) {
    this.authRrTags = Check.required("authRRTags", authRrTags);
    this.transIds = Check.required("transIDs", transIds);
    this.authRetNum = Check.nonNegative("authRetNum", authRetNum);
  }

  private AuthTags(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authRrTags = f.required("authRRTags", RRTags::getInstance);
    transIds = f.required("transIDs", TransIDs::getInstance);
    authRetNum = f.optional("authRetNum", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    f.end();
  }

  /** Decodes AuthTags. */
  public static AuthTags getInstance(Object obj) {
    return obj instanceof AuthTags v ? v : new AuthTags(Fields.sequence(TYPE, obj));
  }

  public RRTags getAuthRrTags() {
    return authRrTags;
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public BigInteger getAuthRetNum() {
    return authRetNum;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(authRrTags).add(transIds).optional(Der.integer(authRetNum)).build();
  }
}
