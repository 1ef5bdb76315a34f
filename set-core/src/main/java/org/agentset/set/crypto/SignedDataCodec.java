package org.agentset.set.crypto;

import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * Writes SET's S and SO as CMS SignedData (RFC 5652 §5) with Bouncy Castle's generator: one
 * SignerInfo in the signer's suite, SHA-256 message digest, the signed attributes of {@link
 * SignedAttributes}, and the signer's certificates. The signature algorithm is written exactly as
 * the suite names it (RSASSA-PSS with its parameters, ecdsa-with-SHA256, or the pq-hybrid
 * composite), never rewritten to a bare key algorithm.
 */
final class SignedDataCodec {

  private SignedDataCodec() {}

  static byte[] sign(
      Signer signer, ASN1ObjectIdentifier contentType, byte[] content, boolean encapsulate)
      throws SetCryptoException {
    AlgorithmSuite suite = signer.suite();
    ContentSigner contentSigner = suite.contentSigner(signer.privateKey());
    try {
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
      SignerInfoGeneratorBuilder builder =
          new SignerInfoGeneratorBuilder(digests, a -> a)
              .setContentDigest(suite.digestAlgorithm())
              .setSignedAttributeGenerator(new SignedAttributes());
      X509CertificateHolder certificate = signer.certificate();
      SignerInfoGenerator signerInfo =
          certificate != null
              ? builder.build(contentSigner, certificate)
              : builder.build(contentSigner, KeyIdentifiers.of(signer.publicKey()));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfo);
      if (!signer.certificates().isEmpty()) {
        generator.addCertificates(new CollectionStore<>(signer.certificates()));
      }
      CMSSignedData signed =
          generator.generate(new CMSProcessableByteArray(contentType, content), encapsulate);
      return Der.encode(signed.toASN1Structure());
    } catch (OperatorCreationException | CMSException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "signer", e);
    }
  }
}
