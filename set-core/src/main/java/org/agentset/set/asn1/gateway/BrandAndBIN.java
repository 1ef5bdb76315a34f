package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.purchase.PInitReq;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * A brand, and optionally a BIN range within it, for which the merchant wants the gateway's
 * certificates.
 *
 * <pre>
 * BrandAndBIN ::= SEQUENCE {
 *    brandID  BrandID,
 *    bin      BIN OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 (SETREF {@code brandAndBINSeq} [C]); fields [U].
 */
public final class BrandAndBIN extends ASN1Object {

  private static final String TYPE = "BrandAndBIN";

  private final SetString brandId;
  private final String bin;

  /** Builds a BrandAndBIN; {@code bin} may be null. */
  public BrandAndBIN(SetString brandId, String bin) {
    this.brandId = Check.required("brandID", brandId);
    this.bin = Check.numeric("bin", bin, 6, 6);
  }

  private BrandAndBIN(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    brandId = f.required("brandID", SetString.decoder(PInitReq.BRAND_ID_MAX));
    bin = f.optional("bin", BERTags.NUMERIC_STRING, SetTypes.BIN);
    f.end();
  }

  /** Decodes a BrandAndBIN. */
  public static BrandAndBIN getInstance(Object obj) {
    return obj instanceof BrandAndBIN v ? v : new BrandAndBIN(Fields.sequence(TYPE, obj));
  }

  public SetString getBrandId() {
    return brandId;
  }

  public String getBin() {
    return bin;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(brandId).optional(Der.numeric(bin)).build();
  }
}
