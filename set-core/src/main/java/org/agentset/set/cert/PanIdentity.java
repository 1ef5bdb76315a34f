package org.agentset.set.cert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The cardholder's identity as certified: a keyed hash of the card number, so the certificate never
 * contains the PAN (SET-PROTOCOL.md §1.3).
 *
 * <pre>
 * PanIdentity = HMAC-SHA256(key = PANSecret, msg = ASCII(PAN) || ASCII(CardExpiry as YYYYMM))
 * </pre>
 *
 * <p>The PAN is 12..19 decimal digits; CardExpiry is SET's {@code NumericString (SIZE(6))} form, so
 * the concatenation is unambiguous. The certificate carries the 32 bytes as 64 lowercase hex digits
 * in the subject's commonName. The CA computes it when issuing; the gateway recomputes it from
 * PANData {PAN, CardExpiry, PANSecret} and compares with {@link #matches(X509Certificate)}. Without
 * PANSecret a BIN-plus-brute-force search over the PAN space is useless.
 */
public final class PanIdentity {

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] value;

  private PanIdentity(byte[] value) {
    this.value = value;
  }

  /** Computes the identity of card {@code pan} expiring {@code expiry} under {@code secret}. */
  public static PanIdentity compute(PanSecret secret, String pan, YearMonth expiry) {
    checkPan(pan);
    if (expiry == null || expiry.getYear() < 1000 || expiry.getYear() > 9999) {
      throw new IllegalArgumentException("card expiry must be a four-digit year and month");
    }
    String message = pan + String.format("%04d%02d", expiry.getYear(), expiry.getMonthValue());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      return new PanIdentity(mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is mandatory in every JDK", e);
    }
  }

  /** Checks that {@code pan} is 12..19 decimal digits. */
  static void checkPan(String pan) {
    if (pan == null || !pan.matches("[0-9]{12,19}")) {
      throw new IllegalArgumentException("PAN must be 12..19 digits");
    }
  }

  /** The identity a cardholder certificate's subject commonName carries, if it carries one. */
  public static Optional<PanIdentity> fromCertificate(X509Certificate cardholder) {
    X500Name subject = X500Name.getInstance(cardholder.getSubjectX500Principal().getEncoded());
    RDN[] cns = subject.getRDNs(BCStyle.CN);
    if (cns.length != 1 || cns[0].isMultiValued()) {
      return Optional.empty();
    }
    String cn = ((ASN1String) cns[0].getFirst().getValue()).getString();
    if (!cn.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return Optional.of(new PanIdentity(HEX.parseHex(cn)));
  }

  /** Whether {@code cardholder} certifies this identity (constant-time comparison). */
  public boolean matches(X509Certificate cardholder) {
    return fromCertificate(cardholder)
        .map(other -> MessageDigest.isEqual(value, other.value))
        .orElse(false);
  }

  /** The 32 identity bytes (a copy). */
  public byte[] bytes() {
    return value.clone();
  }

  /** The subject commonName form: 64 lowercase hex digits. */
  public String toCommonName() {
    return HEX.formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PanIdentity p && MessageDigest.isEqual(value, p.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "PanIdentity[" + toCommonName() + "]";
  }
}
