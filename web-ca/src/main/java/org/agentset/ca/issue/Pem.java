package org.agentset.ca.issue;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** PEM text (RFC 7468) for certificates, as served at {@code /ca/pki/...}. */
public final class Pem {

  private Pem() {}

  /** One PEM block of {@code type} around {@code der}, 64 characters a line. */
  public static String block(String type, byte[] der) {
    StringBuilder sb = new StringBuilder();
    sb.append("-----BEGIN ").append(type).append("-----\n");
    String b64 = Base64.getEncoder().encodeToString(der);
    for (int i = 0; i < b64.length(); i += 64) {
      sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
    }
    sb.append("-----END ").append(type).append("-----\n");
    return sb.toString();
  }

  /** The certificates as consecutive PEM blocks. */
  public static String certificates(List<X509Certificate> certificates) {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certificates) {
      try {
        sb.append(block("CERTIFICATE", c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("certificate without encoding", e);
      }
    }
    return sb.toString();
  }

  /** The PEM text of one certificate given as DER. */
  public static byte[] certificate(byte[] der) {
    return block("CERTIFICATE", der).getBytes(StandardCharsets.US_ASCII);
  }
}
