package org.agentset.set.crypto;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.AuthEnvelopedCodec.Unsealed;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.KeyBlock;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.DigestedData;

/**
 * SET's envelope operators without a signature, in one suite:
 *
 * <ul>
 *   <li>{@code E(r, t)}: {@code t} under a fresh AES-256-GCM key, the key sealed to {@code r};
 *   <li>{@code EH(r, t)}: as E, with SHA-256 of {@code t} inside the key block;
 *   <li>{@code EX(r, t, p)}: {@code L(t, p) = {t, DD(p)}} encrypted, {@code p} in the key block
 *       (PIDualSigned's {@code EX(P, PI-OILink, PANData)});
 *   <li>{@code EXH(r, t, p)}: as EX, with SHA-256 of the encrypted {@code L(t, p)} inside the key
 *       block (the unsigned PI's {@code EXH(P, PI-OILink, PANToken)}).
 * </ul>
 *
 * <p>For EX and EXH, {@code DD(p)} is also a link digest of the key block, i.e. the associated data
 * under which the suite seals it. Each {@code open} method accepts only its own operator's shape,
 * checks every hash and link, and returns the content and, for EX and EXH, the extra data. See
 * {@link AuthEnvelopedCodec} for the CMS layout.
 */
public final class Envelopes {

  private final AlgorithmSuite suite;
  private final AuthEnvelopedCodec codec;
  private final Digests digests;

  public Envelopes(AlgorithmSuite suite, SecureRandom random) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.codec = new AuthEnvelopedCodec(suite, random);
    this.digests = new Digests(suite);
  }

  /** The suite envelopes are sealed and expected in. */
  public AlgorithmSuite suite() {
    return suite;
  }

  /** E(r, t). */
  public byte[] e(Recipient r, ASN1ObjectIdentifier tbeType, ASN1Encodable t)
      throws SetCryptoException {
    return codec.seal(r, tbeType, Der.encode(t), List.of(), false, null);
  }

  /** EH(r, t). */
  public byte[] eh(Recipient r, ASN1ObjectIdentifier tbeType, ASN1Encodable t)
      throws SetCryptoException {
    return codec.seal(r, tbeType, Der.encode(t), List.of(), true, null);
  }

  /** EX(r, t, p). */
  public byte[] ex(
      Recipient r,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p)
      throws SetCryptoException {
    return extra(r, tbeType, t, pType, p, false);
  }

  /** EXH(r, t, p). */
  public byte[] exh(
      Recipient r,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p)
      throws SetCryptoException {
    return extra(r, tbeType, t, pType, p, true);
  }

  private byte[] extra(
      Recipient r,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p,
      boolean withHash)
      throws SetCryptoException {
    DigestedData link = digests.digestedData(pType, p);
    byte[] plaintext = Der.encode(new Link(t, link));
    return codec.seal(r, tbeType, plaintext, List.of(link), withHash, p);
  }

  /** Opens an E. */
  public OpenedContent openE(byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    requireShape(u, false, false);
    checkLinks(digests, u.linkDigests(), List.of());
    return new OpenedContent(tbeType, u.content(), null);
  }

  /** Opens an EH, checking the hash in the key block. */
  public OpenedContent openEh(byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    requireShape(u, true, false);
    checkLinks(digests, u.linkDigests(), List.of());
    return new OpenedContent(tbeType, u.content(), null);
  }

  /** Opens an EX, checking {@code DD(p)} in the content and in the attributes. */
  public OpenedContent openEx(
      byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType, ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    requireShape(u, false, true);
    return linked(u, tbeType, pType);
  }

  /** Opens an EXH, checking the hash and {@code DD(p)}. */
  public OpenedContent openExh(
      byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType, ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    requireShape(u, true, true);
    return linked(u, tbeType, pType);
  }

  private OpenedContent linked(Unsealed u, ASN1ObjectIdentifier tbeType, ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    byte[] p = Der.encode(u.keyBlock().extra());
    checkLinks(digests, u.linkDigests(), List.of(new LinkTarget(pType, p)));
    Link link = Link.getInstance(Der.decode(u.content(), "L(t, p)"), "L(t, p)");
    digests.checkLink(link, pType, p, "L(t, p)");
    return new OpenedContent(tbeType, Der.encode(link.content()), p);
  }

  private static final String LINKS = "AgentSetRecipientInfo.linkDigests";

  /** A value an envelope's link digests must name. */
  record LinkTarget(ASN1ObjectIdentifier type, byte[] der) {}

  /**
   * Checks that the link-digest attribute names exactly {@code targets}, in any order.
   *
   * @throws SetCryptoException {@code DIGEST_MISMATCH} naming the link digests
   */
  static void checkLinks(Digests digests, List<DigestedData> carried, List<LinkTarget> targets)
      throws SetCryptoException {
    if (carried.size() != targets.size()) {
      throw new SetCryptoException(Reason.DIGEST_MISMATCH, "AgentSetRecipientInfo.linkDigests");
    }
    boolean[] used = new boolean[carried.size()];
    for (LinkTarget target : targets) {
      boolean found = false;
      for (int i = 0; i < carried.size() && !found; i++) {
        try {
          if (!used[i]) {
            digests.check(carried.get(i), target.type(), target.der(), LINKS);
            used[i] = true;
            found = true;
          }
        } catch (SetCryptoException e) {
          // not this one
        }
      }
      if (!found) {
        throw new SetCryptoException(Reason.DIGEST_MISMATCH, "AgentSetRecipientInfo.linkDigests");
      }
    }
  }

  /**
   * Checks that the key block has the hash and extra data an operator expects, and nothing else. An
   * RSA ktri envelope has no key block: only E-shaped operators accept it.
   */
  static void requireShape(Unsealed u, boolean hash, boolean extra) throws SetCryptoException {
    KeyBlock block = u.keyBlock();
    if (block == null) {
      if (hash || extra) {
        throw new SetCryptoException(Reason.MALFORMED, "RecipientInfo");
      }
      return;
    }
    if ((block.tbeHash() != null) != hash) {
      throw new SetCryptoException(Reason.MALFORMED, "KeyBlock.tbeHash");
    }
    if ((block.extra() != null) != extra) {
      throw new SetCryptoException(Reason.MALFORMED, "KeyBlock.extra");
    }
  }
}
