package org.agentset.set.sai;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Hashtable;
import java.util.Map;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.sai.SaiObjectIdentifiers;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * A CMS SignedData whose signed attributes carry, besides content type, message digest and CMS
 * algorithm protection (as every AgentSET signature), a signing time and the 128-bit SAI nonce: the
 * payment start's freshness and replay evidence, under the agent's signature.
 */
final class SaiSigning {

  private SaiSigning() {}

  static byte[] sign(
      Signer signer, ASN1ObjectIdentifier contentType, byte[] content, Instant time, byte[] nonce)
      throws SaiException {
    AlgorithmSuite suite = signer.suite();
    try {
      SignerInfoGeneratorBuilder builder =
          new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build(), a -> a)
              .setContentDigest(suite.digestAlgorithm())
              .setSignedAttributeGenerator(new Attributes(time, nonce));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          builder.build(suite.contentSigner(signer.privateKey()), signer.certificate()));
      generator.addCertificates(new CollectionStore<>(signer.certificates()));
      return Der.encode(
          generator
              .generate(new CMSProcessableByteArray(contentType, content), true)
              .toASN1Structure());
    } catch (SetCryptoException e) {
      throw SaiException.of(e);
    } catch (OperatorCreationException | CMSException e) {
      throw new SaiException(SaiException.Reason.UNSUPPORTED, "signer", e);
    }
  }

  private record Attributes(Instant time, byte[] nonce) implements CMSAttributeTableGenerator {

    @Override
    public AttributeTable getAttributes(Map parameters) {
      Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
      put(table, CMSAttributes.contentType, parameters.get(CONTENT_TYPE));
      put(
          table,
          CMSAttributes.messageDigest,
          new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)));
      put(
          table,
          CMSAttributes.cmsAlgorithmProtect,
          new CMSAlgorithmProtection(
              (AlgorithmIdentifier) parameters.get(DIGEST_ALGORITHM_IDENTIFIER),
              CMSAlgorithmProtection.SIGNATURE,
              (AlgorithmIdentifier) parameters.get(SIGNATURE_ALGORITHM_IDENTIFIER)));
      put(
          table,
          CMSAttributes.signingTime,
          new Time(Date.from(time.truncatedTo(ChronoUnit.SECONDS))));
      put(table, SaiObjectIdentifiers.SAI_NONCE, new DEROctetString(nonce));
      return new AttributeTable(table);
    }

    private static void put(
        Hashtable<ASN1ObjectIdentifier, Attribute> table, ASN1ObjectIdentifier oid, Object value) {
      table.put(oid, new Attribute(oid, new DERSet((org.bouncycastle.asn1.ASN1Encodable) value)));
    }
  }
}
