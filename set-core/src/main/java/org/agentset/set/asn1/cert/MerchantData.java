package org.agentset.set.asn1.cert;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1NumericString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DERSequence;

/**
 * SET's {@code merchantData} extension (2.23.42.7.2), in merchant certificates: who the merchant is
 * to its acquirer, and the names the cardholder sees. AgentSET also uses {@code merAcquirerBIN} to
 * check that the gateway a merchant names belongs to the merchant's acquirer (SET-PROTOCOL.md
 * §5.4).
 *
 * <pre>
 * MerchantData ::= SEQUENCE {
 *   merID          MerchantID,                    -- SETString{ub-MerchantID}, 30
 *   merAcquirerBIN BIN,                           -- NumericString (SIZE(6))
 *   merNameSeq     MerNameSeq,                    -- SEQUENCE SIZE(1..ub-merNameSeq) OF MerNames
 *   merCountry     CountryCode,                   -- INTEGER (1..999), ISO 3166 numeric
 *   merAuthFlag    BOOLEAN DEFAULT TRUE }         -- the merchant may request authorizations
 * </pre>
 *
 * <p>{@code ub-merNameSeq} is not confirmed; AgentSET bounds it at {@value #MAX_NAMES}.
 */
public final class MerchantData extends ASN1Object {

  /** Upper bound on the number of {@link MerNames} (one per language). */
  public static final int MAX_NAMES = 16;

  private static final String FIELD = "merchantData";

  private final String merId;
  private final String acquirerBin;
  private final List<MerNames> names;
  private final int country;
  private final boolean authFlag;

  /** Merchant data; {@code names} holds 1..{@value #MAX_NAMES} entries. */
  public MerchantData(
      String merId, String acquirerBin, List<MerNames> names, int country, boolean authFlag) {
    SetStrings.check(merId, 30, FIELD + ".merID");
    checkBin(acquirerBin, FIELD + ".merAcquirerBIN");
    if (names == null || names.isEmpty() || names.size() > MAX_NAMES) {
      throw new MalformedCertExtensionException(FIELD + ".merNameSeq", "must hold 1.." + MAX_NAMES);
    }
    checkCountry(country, FIELD + ".merCountry");
    this.merId = merId;
    this.acquirerBin = acquirerBin;
    this.names = List.copyOf(names);
    this.country = country;
    this.authFlag = authFlag;
  }

  private MerchantData(ASN1Sequence seq) {
    SeqReader r = SeqReader.of(seq, FIELD);
    this.merId = SetStrings.decode(r.next("merID"), 30, r.path("merID"));
    ASN1NumericString bin =
        r.as(r.next("merAcquirerBIN"), ASN1NumericString.class, "merAcquirerBIN");
    this.acquirerBin = bin.getString();
    checkBin(acquirerBin, r.path("merAcquirerBIN"));
    ASN1Sequence nameSeq = r.as(r.next("merNameSeq"), ASN1Sequence.class, "merNameSeq");
    if (nameSeq.size() == 0 || nameSeq.size() > MAX_NAMES) {
      throw new MalformedCertExtensionException(r.path("merNameSeq"), "must hold 1.." + MAX_NAMES);
    }
    List<MerNames> list = new ArrayList<>();
    for (var n : nameSeq) {
      list.add(MerNames.getInstance(n));
    }
    this.names = List.copyOf(list);
    ASN1Integer c = r.as(r.next("merCountry"), ASN1Integer.class, "merCountry");
    if (c.getValue().bitLength() > 16) {
      throw new MalformedCertExtensionException(r.path("merCountry"), "must be 1..999");
    }
    this.country = c.intValueExact();
    checkCountry(country, r.path("merCountry"));
    ASN1Boolean flag = r.optional(ASN1Boolean.class);
    if (flag != null && flag.isTrue()) {
      throw new MalformedCertExtensionException(
          r.path("merAuthFlag"), "DEFAULT TRUE must be omitted in DER");
    }
    this.authFlag = flag == null;
    r.end();
  }

  private static void checkBin(String bin, String field) {
    if (bin == null || !bin.matches("[0-9]{6}")) {
      throw new MalformedCertExtensionException(field, "must be 6 digits");
    }
  }

  private static void checkCountry(int country, String field) {
    if (country < 1 || country > 999) {
      throw new MalformedCertExtensionException(field, "must be 1..999");
    }
  }

  /** Converts a {@link MerchantData} or its SEQUENCE. */
  public static MerchantData getInstance(Object obj) {
    if (obj instanceof MerchantData m) {
      return m;
    }
    return obj == null ? null : new MerchantData(SeqReader.sequence(obj, FIELD));
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static MerchantData fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public String merId() {
    return merId;
  }

  public String acquirerBin() {
    return acquirerBin;
  }

  public List<MerNames> names() {
    return names;
  }

  public int country() {
    return country;
  }

  public boolean authFlag() {
    return authFlag;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(SetStrings.encode(merId, 30, FIELD));
    v.add(new DERNumericString(acquirerBin));
    v.add(new DERSequence(names.toArray(new MerNames[0])));
    v.add(new ASN1Integer(country));
    if (!authFlag) {
      v.add(ASN1Boolean.FALSE);
    }
    return new DERSequence(v);
  }
}
