package org.agentset.ca.testing;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.agentset.ca.issue.Pem;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** PKCS#10 requests for the tests, honest and forged. */
public final class Csrs {

  private Csrs() {}

  public static PKCS10CertificationRequest request(String subject, KeyPair keys, String algorithm)
      throws Exception {
    return new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), keys.getPublic())
        .build(new JcaContentSignerBuilder(algorithm).setProvider(TestHierarchy.BC).build(keys.getPrivate()));
  }

  /** A request presenting {@code key} but signed with someone else's private key. */
  public static PKCS10CertificationRequest requestSignedBy(String subject, PublicKey key, PrivateKey signer)
      throws Exception {
    return new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), key)
        .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestHierarchy.BC).build(signer));
  }

  public static String pem(PKCS10CertificationRequest csr) throws Exception {
    return Pem.block("CERTIFICATE REQUEST", csr.getEncoded());
  }
}
