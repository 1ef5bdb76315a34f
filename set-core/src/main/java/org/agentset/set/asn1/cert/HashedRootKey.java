package org.agentset.set.asn1.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * SET's {@code hashedRootKey} extension (2.23.42.7.0), carried only by root certificates: a digest
 * of the <em>next</em> root's public key, so that the successor root can be distributed
 * electronically and authenticated by the current one (Book 2 Part II, "C2 … contains H3").
 *
 * <pre>
 * HashedRootKeySyntax ::= SEQUENCE { rootKeyThumbprint DigestedData }
 * DigestedData ::= SEQUENCE {
 *   ddVersion       INTEGER { ddVer0(0) },
 *   digestAlgorithm AlgorithmIdentifier,
 *   contentInfo     ContentInfo,          -- contentType id-set-rootKeyThumb, content absent
 *   digest          Digest }
 * ContentInfo ::= SEQUENCE { contentType OBJECT IDENTIFIER, content [0] EXPLICIT ANY OPTIONAL }
 * </pre>
 *
 * <p>AgentSET departure: SET 1.0 used SHA-1 ({@code Digest ::= OCTET STRING (SIZE(1..20))}); here
 * the digest is SHA-256 over the DER {@code SubjectPublicKeyInfo} of the next root key, 32 bytes,
 * and the algorithm identifier says so. Decoding refuses any other algorithm.
 */
public final class HashedRootKey extends ASN1Object {

  private static final String FIELD = "hashedRootKey";
  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

  private final byte[] digest;

  private HashedRootKey(byte[] digest) {
    this.digest = digest.clone();
  }

  private HashedRootKey(ASN1Sequence seq) {
    SeqReader outer = SeqReader.of(seq, FIELD);
    ASN1Sequence dd =
        outer.as(outer.next("rootKeyThumbprint"), ASN1Sequence.class, "rootKeyThumbprint");
    outer.end();
    SeqReader r = SeqReader.of(dd, FIELD + ".rootKeyThumbprint");
    ASN1Integer version = r.as(r.next("ddVersion"), ASN1Integer.class, "ddVersion");
    if (!version.hasValue(0)) {
      throw new MalformedCertExtensionException(r.path("ddVersion"), "must be ddVer0(0)");
    }
    AlgorithmIdentifier alg;
    try {
      alg = AlgorithmIdentifier.getInstance(r.next("digestAlgorithm"));
    } catch (IllegalArgumentException e) {
      throw new MalformedCertExtensionException(r.path("digestAlgorithm"), "malformed", e);
    }
    if (!alg.getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
        || (alg.getParameters() != null && !(alg.getParameters() instanceof ASN1Null))) {
      throw new MalformedCertExtensionException(r.path("digestAlgorithm"), "must be SHA-256");
    }
    SeqReader ci = SeqReader.of(r.next("contentInfo"), r.path("contentInfo"));
    ASN1ObjectIdentifier type =
        ci.as(ci.next("contentType"), ASN1ObjectIdentifier.class, "contentType");
    if (!type.equals(SetCertObjectIdentifiers.ROOT_KEY_THUMB)) {
      throw new MalformedCertExtensionException(
          ci.path("contentType"), "must be id-set-rootKeyThumb");
    }
    ci.end();
    ASN1OctetString d = r.as(r.next("digest"), ASN1OctetString.class, "digest");
    if (d.getOctets().length != 32) {
      throw new MalformedCertExtensionException(r.path("digest"), "must be 32 bytes (SHA-256)");
    }
    r.end();
    this.digest = d.getOctets();
  }

  /** The commitment to {@code nextRootKey}: SHA-256 of its DER SubjectPublicKeyInfo. */
  public static HashedRootKey forNextRootKey(SubjectPublicKeyInfo nextRootKey) {
    return new HashedRootKey(sha256(StrictDer.encode(nextRootKey)));
  }

  /** Converts a {@link HashedRootKey} or its SEQUENCE. */
  public static HashedRootKey getInstance(Object obj) {
    if (obj instanceof HashedRootKey h) {
      return h;
    }
    if (obj != null) {
      return new HashedRootKey(SeqReader.sequence(obj, FIELD));
    }
    return null;
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static HashedRootKey fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  /** The SHA-256 digest of the committed key. */
  public byte[] digest() {
    return digest.clone();
  }

  /** Whether {@code candidate} is the committed next root key (constant-time comparison). */
  public boolean commitsTo(SubjectPublicKeyInfo candidate) {
    return MessageDigest.isEqual(digest, sha256(StrictDer.encode(candidate)));
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector dd = new ASN1EncodableVector();
    dd.add(new ASN1Integer(0));
    dd.add(SHA256);
    dd.add(new DERSequence(SetCertObjectIdentifiers.ROOT_KEY_THUMB));
    dd.add(new DEROctetString(digest));
    return new DERSequence(new DERSequence(dd));
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
