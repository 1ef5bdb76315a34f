package org.agentset.it.ca;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reading what the CA serves. */
public final class Pki {

  private Pki() {}

  /** Every certificate in a PEM text. */
  public static List<X509Certificate> certificates(String pem) throws Exception {
    List<X509Certificate> out = new ArrayList<>();
    for (var c :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
      out.add((X509Certificate) c);
    }
    return out;
  }

  /** The one of {@code cas} whose subject CN is {@code cn}. */
  public static X509Certificate named(List<X509Certificate> cas, String cn) {
    return cas.stream()
        .filter(c -> c.getSubjectX500Principal().getName().contains("CN=" + cn + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CA named " + cn));
  }

  /** One certificate as PEM. */
  public static String pem(X509Certificate c) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  /** A DER CRL as PEM. */
  public static String crlPem(byte[] der) {
    return "-----BEGIN X509 CRL-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END X509 CRL-----\n";
  }
}
