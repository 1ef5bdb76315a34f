package org.agentset.set.crypto;

import java.util.Hashtable;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

/**
 * The signed attributes of every SignerInfo AgentSET writes: content type and message digest (RFC
 * 5652 §11.1-11.2, as SET's authenticated attributes) and CMS algorithm protection (RFC 6211),
 * which binds the digest and signature algorithms into the signature. There is no signing time: the
 * SET message header carries the date, and the library keeps no clock of its own.
 */
final class SignedAttributes implements CMSAttributeTableGenerator {

  @Override
  public AttributeTable getAttributes(Map parameters) {
    Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
    ASN1ObjectIdentifier contentType =
        ASN1ObjectIdentifier.getInstance(parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE));
    byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
    AlgorithmIdentifier digestAlgorithm =
        (AlgorithmIdentifier)
            parameters.get(CMSAttributeTableGenerator.DIGEST_ALGORITHM_IDENTIFIER);
    AlgorithmIdentifier signatureAlgorithm =
        (AlgorithmIdentifier)
            parameters.get(CMSAttributeTableGenerator.SIGNATURE_ALGORITHM_IDENTIFIER);
    table.put(
        CMSAttributes.contentType,
        new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
    table.put(
        CMSAttributes.messageDigest,
        new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
    table.put(
        CMSAttributes.cmsAlgorithmProtect,
        new Attribute(
            CMSAttributes.cmsAlgorithmProtect,
            new DERSet(
                new CMSAlgorithmProtection(
                    digestAlgorithm, CMSAlgorithmProtection.SIGNATURE, signatureAlgorithm))));
    return new AttributeTable(table);
  }
}
