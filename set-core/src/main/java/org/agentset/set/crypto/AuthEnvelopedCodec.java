package org.agentset.set.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.AgentSetRecipientInfo;
import org.agentset.set.crypto.cms.KeyBlock;
import org.agentset.set.crypto.suite.RsaSuite;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.KEKIdentifier;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.OtherRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Writes and reads AgentSET's envelopes: CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM (RFC
 * 5084) and exactly one recipient.
 *
 * <pre>
 * ContentInfo { id-ct-authEnvelopedData, AuthEnvelopedData {
 *   version 0, recipientInfos { one RecipientInfo },
 *   authEncryptedContentInfo { id-data, id-aes256-GCM { nonce(12), icvLen 16 },
 *                              encryptedContent = AES-256-GCM(CEK, nonce, aad = "",
 *                                  DER(ContentInfo { SET TBE content type, t })) },
 *   mac  -- the 16-byte GCM tag
 * } }
 * </pre>
 *
 * <p>The SET content type travels inside the encryption, in an inner ContentInfo, and the outer
 * type is {@code id-data} with no {@code authAttrs}: RFC 5083 demands {@code authAttrs} for any
 * other type, and OpenSSL 3.0 mis-tags {@code authAttrs} (openssl issue 26101), so this is the one
 * shape both accept. The recipient is one of:
 *
 * <ul>
 *   <li>{@code ktri} with RSAES-OAEP-SHA256 — suite {@code rsa} when the key block would hold only
 *       the content key and nothing is linked (E, Enc); plain CMS that OpenSSL can decrypt;
 *   <li>{@code kekri} with AES-256 key wrap — EncK, under a {@link SharedKey}; OpenSSL can decrypt
 *       it given the key;
 *   <li>{@code ori} of type {@code id-ori-agentset-keyBlock} ({@link AgentSetRecipientInfo}) —
 *       every other case: the suite seals a {@link KeyBlock} (key, EH hash, EX extra data) with the
 *       link digests as associated data.
 * </ul>
 *
 * <p>The key-block {@code info} is {@code DER(SEQUENCE { UTF8String "AgentSET key block v1", suite
 * OID, OCTET STRING SHA-256(recipient SubjectPublicKeyInfo) })}, binding suite and recipient key.
 */
final class AuthEnvelopedCodec {

  private static final AlgorithmIdentifier AES256_WRAP =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap);
  private static final byte[] NO_AAD = new byte[0];

  /** What came out of an envelope, before the operator's own checks. */
  record Unsealed(byte[] content, KeyBlock keyBlock, List<DigestedData> linkDigests) {}

  private final AlgorithmSuite suite;
  private final SecureRandom random;

  AuthEnvelopedCodec(AlgorithmSuite suite, SecureRandom random) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Seals {@code content} (the DER of {@code t}) to a public key. A key block is used when a hash,
   * extra data or links are asked for, or when the suite has no CMS key transport.
   */
  byte[] seal(
      Recipient recipient,
      ASN1ObjectIdentifier contentType,
      byte[] content,
      List<DigestedData> links,
      boolean withHash,
      ASN1Encodable extra)
      throws SetCryptoException {
    byte[] plaintext = inner(contentType, content);
    byte[] cek = randomBytes(Aes256Gcm.KEY_LENGTH);
    try {
      if (suite instanceof RsaSuite rsa && !withHash && extra == null && links.isEmpty()) {
        RecipientInfo info =
            new RecipientInfo(
                new KeyTransRecipientInfo(
                    recipient.identifier(),
                    rsa.keyTransportAlgorithm(),
                    new DEROctetString(rsa.wrapContentKey(recipient.key(), cek))));
        return assemble(info, cek, plaintext);
      }
      KeyBlock block =
          new KeyBlock(
              cek,
              withHash ? suite.digest(plaintext) : null,
              extra == null ? null : extra.toASN1Primitive());
      try {
        return seal(recipient, block, plaintext, links);
      } finally {
        block.wipe();
      }
    } finally {
      Arrays.fill(cek, (byte) 0);
    }
  }

  /**
   * Seals {@code plaintext} (an inner ContentInfo) under the key of {@code block}, the block sealed
   * to {@code recipient} with {@code links} as associated data. Separate so that tests can forge
   * blocks whose hash or extra data disagree with the content.
   */
  byte[] seal(Recipient recipient, KeyBlock block, byte[] plaintext, List<DigestedData> links)
      throws SetCryptoException {
    AgentSetRecipientInfo unsealed =
        new AgentSetRecipientInfo(
            recipient.identifier(), suite.identifier(), links, new SealedKeyBlock(NO_AAD, NO_AAD));
    byte[] blockDer = Der.encode(block);
    SealedKeyBlock sealed;
    try {
      sealed =
          suite.sealKeyBlock(
              recipient.key(),
              blockDer,
              keyBlockInfo(recipient.key().getEncoded()),
              unsealed.associatedData());
    } finally {
      Arrays.fill(blockDer, (byte) 0);
    }
    RecipientInfo info =
        new RecipientInfo(
            new AgentSetRecipientInfo(recipient.identifier(), suite.identifier(), links, sealed)
                .toOther());
    byte[] cek = block.contentKey();
    try {
      return assemble(info, cek, plaintext);
    } finally {
      Arrays.fill(cek, (byte) 0);
    }
  }

  /** Seals under a shared key (EncK). */
  byte[] seal(SharedKey key, ASN1ObjectIdentifier contentType, byte[] content)
      throws SetCryptoException {
    byte[] cek = randomBytes(Aes256Gcm.KEY_LENGTH);
    byte[] kek = key.key();
    try {
      RecipientInfo info =
          new RecipientInfo(
              new KEKRecipientInfo(
                  new KEKIdentifier(key.identifier(), null, null),
                  AES256_WRAP,
                  new DEROctetString(KeyWrap.wrap(kek, cek))));
      return assemble(info, cek, inner(contentType, content));
    } finally {
      Arrays.fill(cek, (byte) 0);
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** Opens with a key pair (ktri or ori recipients). */
  Unsealed open(byte[] der, RecipientKey key, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    return open(der, key, List.of(), expectedType);
  }

  /** Opens with one of the shared keys (kekri recipients), chosen by key identifier. */
  Unsealed open(byte[] der, List<SharedKey> keys, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    return open(der, null, keys, expectedType);
  }

  private Unsealed open(
      byte[] der, RecipientKey key, List<SharedKey> sharedKeys, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    AuthEnvelopedData data = EnvelopeReader.read(der);
    EncryptedContentInfo content = data.getAuthEncryptedContentInfo();
    byte[] nonce = EnvelopeReader.gcmNonce(content.getContentEncryptionAlgorithm());
    ASN1Encodable info =
        RecipientInfo.getInstance(data.getRecipientInfos().getObjectAt(0)).getInfo();
    KeyBlock block = null;
    List<DigestedData> links = List.of();
    byte[] cek;
    if (info instanceof KeyTransRecipientInfo ktri) {
      cek = openKeyTrans(ktri, key);
    } else if (info instanceof KEKRecipientInfo kekri) {
      cek = openKek(kekri, sharedKeys);
    } else if (info instanceof OtherRecipientInfo ori) {
      AgentSetRecipientInfo agentSet = AgentSetRecipientInfo.fromOther(ori);
      block = openKeyBlock(agentSet, key);
      links = agentSet.linkDigests();
      cek = block.contentKey();
    } else {
      throw new SetCryptoException(Reason.UNSUPPORTED, "RecipientInfo");
    }
    try {
      byte[] ciphertext = content.getEncryptedContent().getOctets();
      byte[] tag = data.getMac().getOctets();
      byte[] joined = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
      System.arraycopy(tag, 0, joined, ciphertext.length, tag.length);
      byte[] plaintext = suite.aead().open(cek, nonce, NO_AAD, joined, "AuthEnvelopedData.mac");
      if (block != null
          && block.tbeHash() != null
          && !MessageDigest.isEqual(suite.digest(plaintext), block.tbeHash())) {
        throw new SetCryptoException(Reason.DIGEST_MISMATCH, "KeyBlock.tbeHash");
      }
      return new Unsealed(EnvelopeReader.inner(plaintext, expectedType), block, links);
    } finally {
      Arrays.fill(cek, (byte) 0);
      if (block != null) {
        block.wipe();
      }
    }
  }

  private byte[] openKeyTrans(KeyTransRecipientInfo ktri, RecipientKey key)
      throws SetCryptoException {
    if (!(suite instanceof RsaSuite rsa)) {
      throw new SetCryptoException(Reason.SUITE_MISMATCH, "KeyTransRecipientInfo");
    }
    if (key == null || !key.matches(ktri.getRecipientIdentifier())) {
      throw new SetCryptoException(Reason.WRONG_RECIPIENT, "KeyTransRecipientInfo.rid");
    }
    if (!rsa.isKeyTransportAlgorithm(ktri.getKeyEncryptionAlgorithm())) {
      throw new SetCryptoException(
          Reason.SUITE_MISMATCH, "KeyTransRecipientInfo.keyEncryptionAlgorithm");
    }
    byte[] cek =
        rsa.unwrapContentKey(key.keyPair().getPrivate(), ktri.getEncryptedKey().getOctets());
    if (cek.length != Aes256Gcm.KEY_LENGTH) {
      throw new SetCryptoException(Reason.DECRYPTION_FAILED, "KeyTransRecipientInfo");
    }
    return cek;
  }

  private static byte[] openKek(KEKRecipientInfo kekri, List<SharedKey> keys)
      throws SetCryptoException {
    if (kekri.getKekid().getDate() != null || kekri.getKekid().getOther() != null) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "KEKRecipientInfo.kekid");
    }
    byte[] id = kekri.getKekid().getKeyIdentifier().getOctets();
    SharedKey key =
        keys.stream()
            .filter(k -> Arrays.equals(k.identifier(), id))
            .findFirst()
            .orElseThrow(
                () -> new SetCryptoException(Reason.WRONG_RECIPIENT, "KEKRecipientInfo.kekid"));
    if (!AES256_WRAP.equals(kekri.getKeyEncryptionAlgorithm())) {
      throw new SetCryptoException(
          Reason.SUITE_MISMATCH, "KEKRecipientInfo.keyEncryptionAlgorithm");
    }
    byte[] kek = key.key();
    try {
      return KeyWrap.unwrap(kek, kekri.getEncryptedKey().getOctets());
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private KeyBlock openKeyBlock(AgentSetRecipientInfo ori, RecipientKey key)
      throws SetCryptoException {
    if (!suite.identifier().equals(ori.suite())) {
      ASN1ObjectIdentifier oid = ori.suite().getAlgorithm();
      boolean known =
          ori.suite().getParameters() == null
              && (oid.equals(SuiteIdentifiers.RSA)
                  || oid.equals(SuiteIdentifiers.P256)
                  || oid.equals(SuiteIdentifiers.PQ_HYBRID));
      throw new SetCryptoException(
          known ? Reason.SUITE_MISMATCH : Reason.UNKNOWN_SUITE, "AgentSetRecipientInfo.suite");
    }
    if (key == null || !key.matches(ori.rid())) {
      throw new SetCryptoException(Reason.WRONG_RECIPIENT, "AgentSetRecipientInfo.rid");
    }
    byte[] block =
        suite.openKeyBlock(
            key.keyPair(),
            ori.sealed(),
            keyBlockInfo(key.keyPair().getPublic().getEncoded()),
            ori.associatedData());
    try {
      return KeyBlock.decode(block);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  private byte[] assemble(RecipientInfo info, byte[] cek, byte[] plaintext) {
    byte[] nonce = randomBytes(Aes256Gcm.NONCE_LENGTH);
    byte[] sealed = suite.aead().seal(cek, nonce, NO_AAD, plaintext);
    int split = sealed.length - Aes256Gcm.TAG_LENGTH;
    EncryptedContentInfo content =
        new EncryptedContentInfo(
            CMSObjectIdentifiers.data,
            new AlgorithmIdentifier(
                NISTObjectIdentifiers.id_aes256_GCM,
                new GCMParameters(nonce, Aes256Gcm.TAG_LENGTH)),
            new DEROctetString(Arrays.copyOf(sealed, split)));
    AuthEnvelopedData data =
        new AuthEnvelopedData(
            null,
            new DERSet(info),
            content,
            null,
            new DEROctetString(Arrays.copyOfRange(sealed, split, sealed.length)),
            null);
    return Der.encode(new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, data));
  }

  /** The plaintext of an envelope: {@code DER(ContentInfo { contentType, t })}. */
  static byte[] inner(ASN1ObjectIdentifier contentType, byte[] content) throws SetCryptoException {
    return Der.encode(new ContentInfo(contentType, Der.decode(content, "content")));
  }

  private byte[] keyBlockInfo(byte[] recipientSpki) {
    return Der.encode(
        new DERSequence(
            new ASN1Encodable[] {
              new DERUTF8String("AgentSET key block v1"),
              suite.oid(),
              new DEROctetString(suite.digest(recipientSpki))
            }));
  }

  private byte[] randomBytes(int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }
}
