package org.agentset.set.asn1.msg;

import java.time.Instant;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * SET's named scalar types (SetMessage module) with their size constraints, as decoders.
 *
 * <pre>
 * RRPID     ::= Nonce                          Challenge ::= Nonce
 * Nonce     ::= OCTET STRING (SIZE(20))        XID       ::= OCTET STRING (SIZE(20))
 * LocalID   ::= OCTET STRING (SIZE(1..20))     Date      ::= GeneralizedTime
 * Secret    ::= OCTET STRING (SIZE(1..64))     -- AgentSET: up to 512-bit keys
 * Digest    ::= OCTET STRING (SIZE(1..64))     -- AgentSET: up to SHA-512
 * Language  ::= VisibleString (SIZE(1..35))    -- RFC 1766 tag
 * SWIdent   ::= VisibleString (SIZE(1..256))
 * BIN       ::= NumericString (SIZE(6))
 * PAN       ::= NumericString (SIZE(12..19))   CardExpiry ::= NumericString (SIZE(6)) -- YYYYMM
 * URL       ::= VisibleString (SIZE(1..512))   PaySysID  ::= VisibleString (SIZE(1..64))
 * MsgExtensions ::= SEQUENCE SIZE(1..MAX) OF Extension   -- X.509 Extension
 * </pre>
 *
 * <p>Sizes follow SET 1.0 (20-byte nonces and IDs, Book 2 and the formal models); where SET's 1997
 * bound cannot hold a modern value (SHA-512 digests, 256-bit secrets) the bound is widened and
 * marked "AgentSET" above. Builders check the same bounds through {@link
 * org.agentset.set.asn1.der.Check}.
 */
public final class SetTypes {

  /** Size of nonces, challenges, RRPIDs and XIDs. */
  public static final int NONCE_SIZE = 20;

  /** Upper bound of LocalID. */
  public static final int LOCAL_ID_MAX = 20;

  /** Upper bound of Secret and Digest. */
  public static final int SECRET_MAX = 64;

  /** RRPID, Challenge, Nonce, XID: exactly 20 octets. */
  public static final Decoder<byte[]> NONCE = Values.octets(NONCE_SIZE, NONCE_SIZE);

  /** LocalID. */
  public static final Decoder<byte[]> LOCAL_ID = Values.octets(1, LOCAL_ID_MAX);

  /** Secret (PANSecret, CardSecret, back keys). */
  public static final Decoder<byte[]> SECRET = Values.octets(1, SECRET_MAX);

  /** Digest (thumbprints, TransStain). */
  public static final Decoder<byte[]> DIGEST = Values.octets(1, SECRET_MAX);

  /** Language. */
  public static final Decoder<String> LANGUAGE = Values.visible(1, 35);

  /** SWIdent. */
  public static final Decoder<String> SW_IDENT = Values.visible(1, 256);

  /** BIN. */
  public static final Decoder<String> BIN = Values.numeric(6, 6);

  /** PAN. */
  public static final Decoder<String> PAN = Values.numeric(12, 19);

  /** URL. */
  public static final Decoder<String> URL = Values.visible(1, 512);

  /** PaySysID. */
  public static final Decoder<String> PAY_SYS_ID = Values.visible(1, 64);

  /** Date. */
  public static final Decoder<Instant> DATE = Values.time();

  /** CardExpiry: YYYYMM with a month from 01 to 12. */
  public static final Decoder<String> CARD_EXPIRY =
      e -> {
        String v = Values.numeric(6, 6).decode(e);
        int month = Integer.parseInt(v.substring(4));
        if (month < 1 || month > 12) {
          throw new SetDecodingException(
              SetDecodingException.Reason.BAD_VALUE, "", "month out of range");
        }
        return v;
      };

  /** AlgorithmIdentifier (X.509). */
  public static final Decoder<AlgorithmIdentifier> ALGORITHM =
      e -> AlgorithmIdentifier.getInstance(Values.as(ASN1Sequence.class, e, "AlgorithmIdentifier"));

  /** MsgExtensions; duplicate extensions are {@code BAD_VALUE}. */
  public static final Decoder<Extensions> EXTENSIONS =
      e -> Extensions.getInstance(Values.as(ASN1Sequence.class, e, "MsgExtensions"));

  /**
   * BrandCRLIdentifier {@code ::= SIGNED{EncodedBrandCRLID}}: checked only for the SIGNED shape
   * ({@code SEQUENCE { toBeSigned SEQUENCE, algorithm AlgorithmIdentifier, signature BIT STRING }})
   * and kept as its SEQUENCE; the certificate layer verifies and reads it.
   */
  public static final Decoder<ASN1Sequence> BRAND_CRL_IDENTIFIER =
      e -> {
        ASN1Sequence seq = Values.as(ASN1Sequence.class, e, "BrandCRLIdentifier");
        Fields f = Fields.of("BrandCRLIdentifier", seq);
        f.required("toBeSigned", x -> Values.as(ASN1Sequence.class, x, "SEQUENCE"));
        f.required("algorithm", ALGORITHM);
        f.required("signature", x -> Values.as(ASN1BitString.class, x, "BIT STRING"));
        f.end();
        return seq;
      };

  private SetTypes() {}

  /** Checks a BrandCRLIdentifier for building (null allowed) and returns its canonical form. */
  public static ASN1Sequence checkBrandCrlIdentifier(ASN1Sequence value) {
    if (value == null) {
      return null;
    }
    try {
      return BRAND_CRL_IDENTIFIER.decode(org.agentset.set.asn1.der.Der.canonical(value));
    } catch (SetDecodingException e) {
      throw new IllegalArgumentException("brandCRLIdentifier: " + e.getMessage(), e);
    }
  }

  /** Checks a CardExpiry for building. */
  public static String checkCardExpiry(String field, String value) {
    org.agentset.set.asn1.der.Check.numeric(field, value, 6, 6);
    if (value != null) {
      int month = Integer.parseInt(value.substring(4));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(field + " month out of range");
      }
    }
    return value;
  }
}
