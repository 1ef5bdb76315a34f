package org.agentset.set.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.AuthEnvelopedCodec.Unsealed;
import org.agentset.set.crypto.Envelopes.LinkTarget;
import org.agentset.set.crypto.cms.Baggaged;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.DigestedData;

/**
 * SET's sign-then-envelope operators, in one suite:
 *
 * <ul>
 *   <li>{@code Enc(s, r, t)} = E(r, S(s, t)) — CapRes, merchant and gateway CertReq;
 *   <li>{@code EncB(s, r, t, b)} = {Enc(s, r, L(t, b)), b} — AuthReq (b = PI), AuthRes (b =
 *       AuthResBaggage), CapReq;
 *   <li>{@code EncX(s, r, t, p)}: S(s, L(t, p)) encrypted with {@code p} in the key block — the
 *       cardholder CertReq, whose signature covers PANData0 that only the CA reads;
 *   <li>{@code EncBX(s, r, t, b, p)} = {EncX(s, r, L(t, b), p), b} — AuthRes or CapReq with a
 *       PANToken;
 *   <li>{@code EncK(k, s, t)}: S(s, t) encrypted under a key {@code k} both ends hold — CertRes to
 *       a cardholder (CABackKey), AcqCardMsg (AcqBackKey), the gateway's own tokens.
 * </ul>
 *
 * <p>Every {@code DD(b)} and {@code DD(p)} is also a link digest of the key block (its sealing's
 * associated data). Opening returns a {@link SignedEnvelopeContent}: decrypted and structurally
 * checked, released only when the caller verifies it against the signer's certificate.
 */
public final class SignedEnvelopes {

  private final AlgorithmSuite suite;
  private final AuthEnvelopedCodec codec;
  private final Signatures signatures;
  private final Digests digests;

  public SignedEnvelopes(AlgorithmSuite suite, SecureRandom random) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.codec = new AuthEnvelopedCodec(suite, random);
    this.signatures = new Signatures(suite);
    this.digests = new Digests(suite);
  }

  /** Enc(s, r, t). */
  public byte[] enc(
      Signer s,
      Recipient r,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t)
      throws SetCryptoException {
    return codec.seal(r, tbeType, signatures.s(s, tbsType, t), List.of(), false, null);
  }

  /** EncB(s, r, t, b). */
  public Baggaged encB(
      Signer s,
      Recipient r,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier bType,
      ASN1Encodable b)
      throws SetCryptoException {
    Link link = digests.link(t, bType, b);
    byte[] envelope =
        codec.seal(r, tbeType, signatures.s(s, tbsType, link), List.of(link.digest()), false, null);
    return new Baggaged(ContentInfo.getInstance(Der.decode(envelope, "envelope")), b);
  }

  /** EncX(s, r, t, p). */
  public byte[] encX(
      Signer s,
      Recipient r,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p)
      throws SetCryptoException {
    return extra(s, r, tbsType, tbeType, t, pType, p, List.of());
  }

  /** EncBX(s, r, t, b, p). */
  public Baggaged encBX(
      Signer s,
      Recipient r,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier bType,
      ASN1Encodable b,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p)
      throws SetCryptoException {
    Link withBaggage = digests.link(t, bType, b);
    byte[] envelope =
        extra(s, r, tbsType, tbeType, withBaggage, pType, p, List.of(withBaggage.digest()));
    return new Baggaged(ContentInfo.getInstance(Der.decode(envelope, "envelope")), b);
  }

  /** EncK(k, s, t). */
  public byte[] encK(
      SharedKey k,
      Signer s,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t)
      throws SetCryptoException {
    return codec.seal(k, tbeType, signatures.s(s, tbsType, t));
  }

  private byte[] extra(
      Signer s,
      Recipient r,
      ASN1ObjectIdentifier tbsType,
      ASN1ObjectIdentifier tbeType,
      ASN1Encodable t,
      ASN1ObjectIdentifier pType,
      ASN1Encodable p,
      List<DigestedData> moreLinks)
      throws SetCryptoException {
    Link link = digests.link(t, pType, p);
    List<DigestedData> links = new ArrayList<>(moreLinks);
    links.add(link.digest());
    return codec.seal(r, tbeType, signatures.s(s, tbsType, link), links, false, p);
  }

  /** Opens an Enc. */
  public SignedEnvelopeContent openEnc(
      byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType) throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    Envelopes.requireShape(u, false, false);
    Envelopes.checkLinks(digests, u.linkDigests(), List.of());
    return content(u, tbeType, null, null);
  }

  /** Opens an EncB, binding it to the baggage that came with it. */
  public SignedEnvelopeContent openEncB(
      Baggaged message, RecipientKey key, ASN1ObjectIdentifier tbeType, ASN1ObjectIdentifier bType)
      throws SetCryptoException {
    Unsealed u = codec.open(message.envelope(), key, tbeType);
    Envelopes.requireShape(u, false, false);
    LinkTarget baggage = new LinkTarget(bType, Der.encode(message.baggage()));
    Envelopes.checkLinks(digests, u.linkDigests(), List.of(baggage));
    return content(u, tbeType, null, baggage);
  }

  /** Opens an EncX. */
  public SignedEnvelopeContent openEncX(
      byte[] envelope, RecipientKey key, ASN1ObjectIdentifier tbeType, ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, key, tbeType);
    Envelopes.requireShape(u, false, true);
    LinkTarget extra = new LinkTarget(pType, Der.encode(u.keyBlock().extra()));
    Envelopes.checkLinks(digests, u.linkDigests(), List.of(extra));
    return content(u, tbeType, extra, null);
  }

  /** Opens an EncBX. */
  public SignedEnvelopeContent openEncBX(
      Baggaged message,
      RecipientKey key,
      ASN1ObjectIdentifier tbeType,
      ASN1ObjectIdentifier bType,
      ASN1ObjectIdentifier pType)
      throws SetCryptoException {
    Unsealed u = codec.open(message.envelope(), key, tbeType);
    Envelopes.requireShape(u, false, true);
    LinkTarget extra = new LinkTarget(pType, Der.encode(u.keyBlock().extra()));
    LinkTarget baggage = new LinkTarget(bType, Der.encode(message.baggage()));
    Envelopes.checkLinks(digests, u.linkDigests(), List.of(extra, baggage));
    return content(u, tbeType, extra, baggage);
  }

  /** Opens an EncK with whichever of {@code keys} it names. */
  public SignedEnvelopeContent openEncK(
      byte[] envelope, List<SharedKey> keys, ASN1ObjectIdentifier tbeType)
      throws SetCryptoException {
    Unsealed u = codec.open(envelope, keys, tbeType);
    Envelopes.requireShape(u, false, false);
    return content(u, tbeType, null, null);
  }

  private SignedEnvelopeContent content(
      Unsealed u, ASN1ObjectIdentifier tbeType, LinkTarget extra, LinkTarget baggage)
      throws SetCryptoException {
    return new SignedEnvelopeContent(
        suite, SignedContent.read(u.content()), tbeType, extra, baggage);
  }
}
