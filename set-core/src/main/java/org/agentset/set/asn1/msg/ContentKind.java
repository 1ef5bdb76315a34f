package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import java.util.Set;
import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * Which CMS content types may carry the product of a SET operator, so that a field that must be
 * signed cannot arrive as something else.
 *
 * <ul>
 *   <li>{@link #SIGNED}: {@code S} and {@code SO} (SignedData, content attached or detached);
 *   <li>{@link #ENCRYPTED}: {@code E, EH, EX, EXH, Enc, EncX, EncK} and the protected part of
 *       {@code EncB/EncBX}: EnvelopedData, AuthEnvelopedData, EncryptedData, or a structure of
 *       {@code org.agentset.set.crypto} identified under AgentSET's content-type arc (HPKE and
 *       hybrid constructions CMS does not define).
 * </ul>
 *
 * <p>Only the outer ContentInfo is checked here; the CMS structure inside belongs to the crypto
 * layer, which must decode it with {@link org.agentset.set.asn1.der.StrictDer} too.
 */
public enum ContentKind {
  /** SignedData. */
  SIGNED(Set.of(CMSObjectIdentifiers.signedData)),
  /** EnvelopedData, AuthEnvelopedData, EncryptedData or an AgentSET content type. */
  ENCRYPTED(
      Set.of(
          CMSObjectIdentifiers.envelopedData,
          CMSObjectIdentifiers.authEnvelopedData,
          CMSObjectIdentifiers.encryptedData));

  private final Set<ASN1ObjectIdentifier> types;

  ContentKind(Set<ASN1ObjectIdentifier> types) {
    this.types = types;
  }

  /** Whether {@code contentType} may carry this kind of product. */
  public boolean allows(ASN1ObjectIdentifier contentType) {
    return types.contains(contentType)
        || (this == ENCRYPTED && contentType.on(SetObjectIdentifiers.AGENTSET_CONTENT_TYPES));
  }

  /** Checks a ContentInfo being built. */
  public ContentInfo check(String field, ContentInfo info) {
    if (info == null) {
      throw new NullPointerException(field + " is mandatory");
    }
    if (!allows(info.getContentType()) || info.getContent() == null) {
      throw new IllegalArgumentException(
          field + " must be " + this + " content, not " + info.getContentType());
    }
    return new ContentInfo(info.getContentType(), Der.canonical(info.getContent()));
  }

  /**
   * Decodes {@code ContentInfo ::= SEQUENCE { contentType OBJECT IDENTIFIER, content [0] EXPLICIT
   * ANY }} of this kind.
   */
  public ContentInfo decode(String type, Object obj) {
    Fields f = Fields.of(type, Fields.sequence(type, obj));
    ASN1ObjectIdentifier contentType = f.required("contentType", Values.oid());
    ASN1Encodable content = f.explicit(0, "content", e -> e);
    f.end();
    if (!allows(contentType)) {
      throw new SetDecodingException(BAD_VALUE, type + ".contentType", "not " + this + " content");
    }
    if (!(contentType.on(SetObjectIdentifiers.AGENTSET_CONTENT_TYPES)
        || content.toASN1Primitive() instanceof ASN1Sequence)) {
      throw new SetDecodingException(
          SetDecodingException.Reason.WRONG_TAG,
          type + ".content",
          "CMS content must be a SEQUENCE");
    }
    return new ContentInfo(contentType, content);
  }
}
