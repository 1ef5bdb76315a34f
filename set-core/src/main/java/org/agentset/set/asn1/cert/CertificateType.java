package org.agentset.set.asn1.cert;

import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;

/**
 * SET's {@code certificateType} extension (2.23.42.7.1): which SET entity a certificate belongs to.
 * Path validation uses it to decide who may issue whom.
 *
 * <pre>
 * CertificateType ::= BIT STRING {
 *   card (0), mer (1), pgwy (2), cca (3), mca (4), pca (5), gca (6), bca (7), rca (8), acq (9) }
 * </pre>
 *
 * <p>Bit numbers as in SET Book 3 (cross-checked against cryptlib's {@code CRYPT_SET_CERTTYPE_*}
 * flags, card = 0x001 … acq = 0x200). DER: trailing zero bits are dropped and unused bits are zero;
 * decoding refuses any other form, unknown bits and the empty set.
 */
public final class CertificateType extends ASN1Object {

  /** The named bits, in bit order. */
  public enum Entity {
    CARD,
    MER,
    PGWY,
    CCA,
    MCA,
    PCA,
    GCA,
    BCA,
    RCA,
    ACQ;

    /** The ASN.1 bit number. */
    public int bit() {
      return ordinal();
    }
  }

  private static final String FIELD = "certificateType";

  private final EnumSet<Entity> entities;

  /** A certificate type naming {@code first} and any {@code more}. */
  public CertificateType(Entity first, Entity... more) {
    this.entities = EnumSet.of(first, more);
  }

  private CertificateType(ASN1BitString bits) {
    byte[] bytes = bits.getBytes();
    int pad = bits.getPadBits();
    if (bytes.length == 0) {
      throw new MalformedCertExtensionException(FIELD, "no entity named");
    }
    if ((bytes[bytes.length - 1] & ((1 << pad) - 1)) != 0) {
      throw new MalformedCertExtensionException(FIELD, "unused bits are not zero");
    }
    if ((bytes[bytes.length - 1] & (1 << pad)) == 0) {
      throw new MalformedCertExtensionException(FIELD, "trailing zero bits not removed (not DER)");
    }
    EnumSet<Entity> found = EnumSet.noneOf(Entity.class);
    int total = bytes.length * 8 - pad;
    for (int bit = 0; bit < total; bit++) {
      if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
        if (bit >= Entity.values().length) {
          throw new MalformedCertExtensionException(FIELD, "unknown bit " + bit);
        }
        found.add(Entity.values()[bit]);
      }
    }
    this.entities = found;
  }

  /** Converts a {@link CertificateType} or a BIT STRING. */
  public static CertificateType getInstance(Object obj) {
    if (obj instanceof CertificateType t) {
      return t;
    }
    if (obj instanceof ASN1BitString b) {
      return new CertificateType(b);
    }
    if (obj != null) {
      throw new MalformedCertExtensionException(FIELD, "not a BIT STRING");
    }
    return null;
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static CertificateType fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  /** The entities named (never empty). */
  public Set<Entity> entities() {
    return EnumSet.copyOf(entities);
  }

  /** Whether exactly {@code entity} and nothing else is named. */
  public boolean isOnly(Entity entity) {
    return entities.size() == 1 && entities.contains(entity);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    int highest = 0;
    for (Entity e : entities) {
      highest = Math.max(highest, e.bit());
    }
    byte[] bytes = new byte[highest / 8 + 1];
    for (Entity e : entities) {
      bytes[e.bit() / 8] |= (byte) (0x80 >>> (e.bit() % 8));
    }
    int pad = 7 - highest % 8;
    return new DERBitString(bytes, pad);
  }
}
