package org.agentset.set.crypto.suite;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The RSASSA-PSS and RSAES-OAEP parameters of suite {@code rsa} (RFC 4055), and their strict
 * recognition: SHA-256 and MGF1 with SHA-256 only, salt 32, trailer 1, empty OAEP label. Hash
 * parameters may be NULL or absent, as RFC 4055 asks implementations to accept both.
 */
final class RsaParameters {

  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
  private static final AlgorithmIdentifier MGF1_SHA256 =
      new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, SHA256);

  private RsaParameters() {}

  static RSASSAPSSparams pssSha256() {
    return new RSASSAPSSparams(
        SHA256, MGF1_SHA256, new ASN1Integer(32), RSASSAPSSparams.DEFAULT_TRAILER_FIELD);
  }

  static RSAESOAEPparams oaepSha256() {
    return new RSAESOAEPparams(SHA256, MGF1_SHA256, RSAESOAEPparams.DEFAULT_P_SOURCE_ALGORITHM);
  }

  static boolean isPssSha256(AlgorithmIdentifier algorithm) {
    if (!algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS)
        || algorithm.getParameters() == null) {
      return false;
    }
    try {
      RSASSAPSSparams params = RSASSAPSSparams.getInstance(algorithm.getParameters());
      return isSha256(params.getHashAlgorithm())
          && isMgf1Sha256(params.getMaskGenAlgorithm())
          && params.getSaltLength().intValueExact() == 32
          && params.getTrailerField().intValueExact() == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean isOaepSha256(AlgorithmIdentifier algorithm) {
    if (!algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSAES_OAEP)
        || algorithm.getParameters() == null) {
      return false;
    }
    try {
      RSAESOAEPparams params = RSAESOAEPparams.getInstance(algorithm.getParameters());
      AlgorithmIdentifier source = params.getPSourceAlgorithm();
      return isSha256(params.getHashAlgorithm())
          && isMgf1Sha256(params.getMaskGenAlgorithm())
          && source.getAlgorithm().equals(PKCSObjectIdentifiers.id_pSpecified)
          && source.getParameters() instanceof ASN1OctetString label
          && label.getOctets().length == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean isNullOrAbsent(ASN1Encodable parameters) {
    return parameters == null || DERNull.INSTANCE.equals(parameters);
  }

  private static boolean isSha256(AlgorithmIdentifier hash) {
    return hash.getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
        && isNullOrAbsent(hash.getParameters());
  }

  private static boolean isMgf1Sha256(AlgorithmIdentifier mgf) {
    return mgf.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1)
        && mgf.getParameters() != null
        && isSha256(AlgorithmIdentifier.getInstance(mgf.getParameters()));
  }
}
