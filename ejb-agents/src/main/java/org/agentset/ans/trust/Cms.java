package org.agentset.ans.trust;

import java.security.cert.X509Certificate;

/** Peeks into CMS structures before anything in them is trusted. */
public final class Cms {

  private Cms() {}

  /** The wallet-signed certificate inside a CMS SignedData, without checking anything yet. */
  public static X509Certificate signerOf(byte[] cms) {
    try {
      var signed = new org.bouncycastle.cms.CMSSignedData(cms);
      var signer = signed.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      var certs =
          signed
              .getCertificates()
              .getMatches(
                  (org.bouncycastle.util.Selector<org.bouncycastle.cert.X509CertificateHolder>)
                      signer.getSID());
      return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
          .getCertificate(certs.iterator().next());
    } catch (Exception e) {
      return null;
    }
  }
}
