package org.agentset.set.crypto;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.agentset.set.crypto.cms.AgentSetRecipientInfo;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.OtherRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Structure-aware tampering for tests: each method changes one field of an AgentSET CMS structure
 * and re-encodes it as valid DER, so that a test sees the semantic check fail rather than the
 * parser.
 */
final class Tamper {

  private Tamper() {}

  /** A copy of {@code bytes} with the lowest bit of byte {@code index} flipped. */
  static byte[] flip(byte[] bytes, int index) {
    byte[] out = bytes.clone();
    out[Math.floorMod(index, out.length)] ^= 1;
    return out;
  }

  /** The first {@code bytes.length - cut} bytes. */
  static byte[] truncate(byte[] bytes, int cut) {
    return Arrays.copyOf(bytes, bytes.length - cut);
  }

  // ---- AuthEnvelopedData ----

  record Envelope(RecipientInfo recipient, EncryptedContentInfo content, byte[] mac) {}

  static byte[] envelope(byte[] der, UnaryOperator<Envelope> change) {
    AuthEnvelopedData data =
        AuthEnvelopedData.getInstance(ContentInfo.getInstance(der).getContent());
    Envelope parts =
        change.apply(
            new Envelope(
                RecipientInfo.getInstance(data.getRecipientInfos().getObjectAt(0)),
                data.getAuthEncryptedContentInfo(),
                data.getMac().getOctets()));
    AuthEnvelopedData changed =
        new AuthEnvelopedData(
            null,
            new DERSet(parts.recipient()),
            parts.content(),
            null,
            new DEROctetString(parts.mac()),
            null);
    return Der.encode(new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, changed));
  }

  static byte[] flipMac(byte[] der) {
    return envelope(der, e -> new Envelope(e.recipient(), e.content(), flip(e.mac(), 3)));
  }

  static byte[] flipCiphertext(byte[] der) {
    return envelope(
        der,
        e ->
            new Envelope(
                e.recipient(),
                new EncryptedContentInfo(
                    e.content().getContentType(),
                    e.content().getContentEncryptionAlgorithm(),
                    new DEROctetString(flip(e.content().getEncryptedContent().getOctets(), 5))),
                e.mac()));
  }

  static byte[] truncateCiphertext(byte[] der) {
    return envelope(
        der,
        e ->
            new Envelope(
                e.recipient(),
                new EncryptedContentInfo(
                    e.content().getContentType(),
                    e.content().getContentEncryptionAlgorithm(),
                    new DEROctetString(truncate(e.content().getEncryptedContent().getOctets(), 1))),
                e.mac()));
  }

  static byte[] flipNonce(byte[] der) {
    return envelope(
        der,
        e -> {
          AlgorithmIdentifier alg = e.content().getContentEncryptionAlgorithm();
          GCMParameters gcm = GCMParameters.getInstance(alg.getParameters());
          AlgorithmIdentifier changed =
              new AlgorithmIdentifier(
                  alg.getAlgorithm(), new GCMParameters(flip(gcm.getNonce(), 0), gcm.getIcvLen()));
          return new Envelope(
              e.recipient(),
              new EncryptedContentInfo(
                  e.content().getContentType(), changed, e.content().getEncryptedContent()),
              e.mac());
        });
  }

  static byte[] contentEncryption(byte[] der, AlgorithmIdentifier algorithm) {
    return envelope(
        der,
        e ->
            new Envelope(
                e.recipient(),
                new EncryptedContentInfo(
                    e.content().getContentType(), algorithm, e.content().getEncryptedContent()),
                e.mac()));
  }

  static byte[] recipient(byte[] der, RecipientInfo recipient) {
    return envelope(der, e -> new Envelope(recipient, e.content(), e.mac()));
  }

  /** Changes the AgentSetRecipientInfo of an ori envelope. */
  static byte[] ori(byte[] der, UnaryOperator<AgentSetRecipientInfo> change) {
    return envelope(
        der,
        e -> {
          try {
            AgentSetRecipientInfo info =
                AgentSetRecipientInfo.fromOther((OtherRecipientInfo) e.recipient().getInfo());
            return new Envelope(
                new RecipientInfo(change.apply(info).toOther()), e.content(), e.mac());
          } catch (SetCryptoException x) {
            throw new IllegalStateException(x);
          }
        });
  }

  static byte[] flipEncapsulation(byte[] der) {
    return ori(
        der,
        i ->
            new AgentSetRecipientInfo(
                i.rid(),
                i.suite(),
                i.linkDigests(),
                new SealedKeyBlock(flip(i.sealed().encapsulation(), 7), i.sealed().ciphertext())));
  }

  static byte[] flipSealedBlock(byte[] der) {
    return ori(
        der,
        i ->
            new AgentSetRecipientInfo(
                i.rid(),
                i.suite(),
                i.linkDigests(),
                new SealedKeyBlock(i.sealed().encapsulation(), flip(i.sealed().ciphertext(), 9))));
  }

  static byte[] truncateSealedBlock(byte[] der) {
    return ori(
        der,
        i ->
            new AgentSetRecipientInfo(
                i.rid(),
                i.suite(),
                i.linkDigests(),
                new SealedKeyBlock(
                    i.sealed().encapsulation(), truncate(i.sealed().ciphertext(), 1))));
  }

  static byte[] suite(byte[] der, AlgorithmIdentifier suite) {
    return ori(der, i -> new AgentSetRecipientInfo(i.rid(), suite, i.linkDigests(), i.sealed()));
  }

  static byte[] flipKtriKey(byte[] der) {
    return envelope(
        der,
        e -> {
          KeyTransRecipientInfo k = (KeyTransRecipientInfo) e.recipient().getInfo();
          return new Envelope(
              new RecipientInfo(
                  new KeyTransRecipientInfo(
                      k.getRecipientIdentifier(),
                      k.getKeyEncryptionAlgorithm(),
                      new DEROctetString(flip(k.getEncryptedKey().getOctets(), 11)))),
              e.content(),
              e.mac());
        });
  }

  static byte[] flipKekKey(byte[] der) {
    return envelope(
        der,
        e -> {
          KEKRecipientInfo k = (KEKRecipientInfo) e.recipient().getInfo();
          return new Envelope(
              new RecipientInfo(
                  new KEKRecipientInfo(
                      k.getKekid(),
                      k.getKeyEncryptionAlgorithm(),
                      new DEROctetString(flip(k.getEncryptedKey().getOctets(), 11)))),
              e.content(),
              e.mac());
        });
  }

  // ---- SignedData ----

  static byte[] signerInfo(byte[] der, UnaryOperator<SignerInfo> change) {
    SignedData data = SignedData.getInstance(ContentInfo.getInstance(der).getContent());
    SignerInfo changed = change.apply(SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0)));
    SignedData rebuilt =
        new SignedData(
            data.getDigestAlgorithms(),
            data.getEncapContentInfo(),
            data.getCertificates(),
            data.getCRLs(),
            new DERSet(changed));
    return Der.encode(new ContentInfo(CMSObjectIdentifiers.signedData, rebuilt));
  }

  static byte[] flipSignature(byte[] der) {
    return signerInfo(
        der,
        s ->
            new SignerInfo(
                s.getSID(),
                s.getDigestAlgorithm(),
                s.getAuthenticatedAttributes(),
                s.getDigestEncryptionAlgorithm(),
                new DEROctetString(flip(s.getEncryptedDigest().getOctets(), 20)),
                s.getUnauthenticatedAttributes()));
  }

  static byte[] signatureAlgorithm(byte[] der, AlgorithmIdentifier algorithm) {
    return signerInfo(
        der,
        s ->
            new SignerInfo(
                s.getSID(),
                s.getDigestAlgorithm(),
                s.getAuthenticatedAttributes(),
                algorithm,
                s.getEncryptedDigest(),
                s.getUnauthenticatedAttributes()));
  }

  static byte[] flipMessageDigestAttribute(byte[] der) {
    return signerInfo(
        der,
        s -> {
          ASN1EncodableVector attributes = new ASN1EncodableVector();
          for (ASN1Encodable element : s.getAuthenticatedAttributes()) {
            Attribute a = Attribute.getInstance(element);
            if (a.getAttrType().equals(CMSAttributes.messageDigest)) {
              byte[] digest =
                  ASN1OctetString.getInstance(a.getAttrValues().getObjectAt(0)).getOctets();
              a = new Attribute(a.getAttrType(), new DERSet(new DEROctetString(flip(digest, 0))));
            }
            attributes.add(a);
          }
          return new SignerInfo(
              s.getSID(),
              s.getDigestAlgorithm(),
              new DERSet(attributes),
              s.getDigestEncryptionAlgorithm(),
              s.getEncryptedDigest(),
              s.getUnauthenticatedAttributes());
        });
  }

  static byte[] flipContent(byte[] der) {
    SignedData data = SignedData.getInstance(ContentInfo.getInstance(der).getContent());
    ContentInfo content = data.getEncapContentInfo();
    byte[] octets = ASN1OctetString.getInstance(content.getContent()).getOctets();
    SignedData rebuilt =
        new SignedData(
            data.getDigestAlgorithms(),
            new ContentInfo(content.getContentType(), new DEROctetString(flip(octets, -1))),
            data.getCertificates(),
            data.getCRLs(),
            data.getSignerInfos());
    return Der.encode(new ContentInfo(CMSObjectIdentifiers.signedData, rebuilt));
  }
}
