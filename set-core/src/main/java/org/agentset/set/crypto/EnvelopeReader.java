package org.agentset.set.crypto;

import java.util.Arrays;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Strict reading of the AuthEnvelopedData AgentSET writes (see {@link AuthEnvelopedCodec}): version
 * 0, no originator info, exactly one recipient, outer content type {@code id-data}, AES-256-GCM
 * with a 12-byte nonce and a 16-byte tag, no attributes. Anything else is refused before any key is
 * used.
 */
final class EnvelopeReader {

  private EnvelopeReader() {}

  static AuthEnvelopedData read(byte[] der) throws SetCryptoException {
    ASN1Primitive primitive = Der.decode(der, "ContentInfo");
    AuthEnvelopedData data;
    try {
      ContentInfo info = ContentInfo.getInstance(primitive);
      if (!CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType())) {
        throw new SetCryptoException(Reason.CONTENT_TYPE_MISMATCH, "ContentInfo.contentType");
      }
      data = AuthEnvelopedData.getInstance(info.getContent());
      if (!Arrays.equals(Der.encode(data), Der.encode(info.getContent()))) {
        throw new SetCryptoException(Reason.MALFORMED, "AuthEnvelopedData");
      }
    } catch (IllegalArgumentException
        | IllegalStateException
        | ClassCastException
        | NullPointerException e) {
      throw new SetCryptoException(Reason.MALFORMED, "AuthEnvelopedData", e);
    }
    if (data.getOriginatorInfo() != null) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "AuthEnvelopedData.originatorInfo");
    }
    if (data.getAuthAttrs() != null || data.getUnauthAttrs() != null) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "AuthEnvelopedData.attributes");
    }
    if (data.getRecipientInfos().size() != 1) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "AuthEnvelopedData.recipientInfos");
    }
    if (!CMSObjectIdentifiers.data.equals(data.getAuthEncryptedContentInfo().getContentType())) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "EncryptedContentInfo.contentType");
    }
    if (data.getAuthEncryptedContentInfo().getEncryptedContent() == null) {
      throw new SetCryptoException(Reason.MALFORMED, "EncryptedContentInfo.encryptedContent");
    }
    if (data.getMac().getOctets().length != Aes256Gcm.TAG_LENGTH) {
      throw new SetCryptoException(Reason.MALFORMED, "AuthEnvelopedData.mac");
    }
    return data;
  }

  /** The nonce of an {@code id-aes256-GCM} algorithm identifier with a 16-byte tag. */
  static byte[] gcmNonce(AlgorithmIdentifier algorithm) throws SetCryptoException {
    if (!NISTObjectIdentifiers.id_aes256_GCM.equals(algorithm.getAlgorithm())) {
      throw new SetCryptoException(
          Reason.SUITE_MISMATCH, "EncryptedContentInfo.contentEncryptionAlgorithm");
    }
    GCMParameters parameters;
    try {
      parameters = GCMParameters.getInstance(algorithm.getParameters());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SetCryptoException(Reason.MALFORMED, "GCMParameters", e);
    }
    if (parameters == null
        || parameters.getNonce().length != Aes256Gcm.NONCE_LENGTH
        || parameters.getIcvLen() != Aes256Gcm.TAG_LENGTH) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "GCMParameters");
    }
    return parameters.getNonce();
  }

  /**
   * Reads the decrypted inner {@code ContentInfo { SET content type, t }} and returns the DER of
   * {@code t}.
   *
   * @throws SetCryptoException {@code CONTENT_TYPE_MISMATCH} for another type, {@code MALFORMED}
   */
  static byte[] inner(byte[] plaintext, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    ContentInfo info;
    try {
      info = ContentInfo.getInstance(Der.decode(plaintext, "EncryptedContent"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SetCryptoException(Reason.MALFORMED, "EncryptedContent", e);
    }
    if (!expectedType.equals(info.getContentType())) {
      throw new SetCryptoException(Reason.CONTENT_TYPE_MISMATCH, "EncryptedContent.contentType");
    }
    if (info.getContent() == null) {
      throw new SetCryptoException(Reason.MALFORMED, "EncryptedContent.content");
    }
    return Der.encode(info.getContent());
  }
}
