package org.agentset.set.asn1.cert;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The signed content of a BrandCRLIdentifier: the brand's list of the CRLs that are current for
 * every CA in its tree, with a sequence number and a validity window.
 *
 * <pre>
 * UnsignedBrandCRLIdentifier ::= SEQUENCE {
 *   version          INTEGER { bVer1(0) } (bVer1),
 *   sequenceNum      INTEGER (0..MAX),
 *   brandID          BrandID,                       -- SETString{ub-BrandID}, 40
 *   notBefore        GeneralizedTime,
 *   notAfter         GeneralizedTime,
 *   crlIdentifierSeq [0] CRLIdentifierSeq OPTIONAL } -- SEQUENCE SIZE(1..MAX) OF CRLIdentifier
 * </pre>
 *
 * <p>Only the purpose and the "list of current CRLs" content are confirmed [C]; the field layout is
 * AgentSET's reconstruction of Book 3 [U] (SET-PROTOCOL.md §1.4, §9). The list is bounded at
 * {@value #MAX_CRLS} entries.
 */
public final class UnsignedBrandCRLIdentifier extends ASN1Object {

  /** Upper bound on listed CRLs. */
  public static final int MAX_CRLS = 256;

  private static final String FIELD = "brandCRLIdentifier.tbs";

  private final BigInteger sequenceNum;
  private final String brandId;
  private final Instant notBefore;
  private final Instant notAfter;
  private final List<CRLIdentifier> crls;

  /** A BCI body; {@code notBefore} must precede {@code notAfter}. */
  public UnsignedBrandCRLIdentifier(
      BigInteger sequenceNum,
      String brandId,
      Instant notBefore,
      Instant notAfter,
      List<CRLIdentifier> crls) {
    if (sequenceNum == null || sequenceNum.signum() < 0) {
      throw new MalformedCertExtensionException(FIELD + ".sequenceNum", "must be >= 0");
    }
    SetStrings.check(brandId, 40, FIELD + ".brandID");
    if (notBefore == null || notAfter == null || !notBefore.isBefore(notAfter)) {
      throw new MalformedCertExtensionException(FIELD + ".notAfter", "must follow notBefore");
    }
    if (crls.size() > MAX_CRLS) {
      throw new MalformedCertExtensionException(
          FIELD + ".crlIdentifierSeq", "more than " + MAX_CRLS);
    }
    this.sequenceNum = sequenceNum;
    this.brandId = brandId;
    this.notBefore = notBefore.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    this.notAfter = notAfter.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    this.crls = List.copyOf(crls);
  }

  /** Converts an {@link UnsignedBrandCRLIdentifier} or its SEQUENCE. */
  public static UnsignedBrandCRLIdentifier getInstance(Object obj) {
    if (obj instanceof UnsignedBrandCRLIdentifier u) {
      return u;
    }
    if (obj == null) {
      return null;
    }
    SeqReader r = SeqReader.of(SeqReader.sequence(obj, FIELD), FIELD);
    if (!r.as(r.next("version"), ASN1Integer.class, "version").hasValue(0)) {
      throw new MalformedCertExtensionException(r.path("version"), "must be bVer1(0)");
    }
    BigInteger seq = r.as(r.next("sequenceNum"), ASN1Integer.class, "sequenceNum").getValue();
    String brand = SetStrings.decode(r.next("brandID"), 40, r.path("brandID"));
    Instant nb = time(r, "notBefore");
    Instant na = time(r, "notAfter");
    List<CRLIdentifier> list = new ArrayList<>();
    ASN1TaggedObject tagged = r.optionalTagged(0);
    if (tagged != null) {
      ASN1Sequence s = ASN1Sequence.getInstance(tagged, false);
      if (s.size() == 0 || s.size() > MAX_CRLS) {
        throw new MalformedCertExtensionException(
            r.path("crlIdentifierSeq"), "must hold 1.." + MAX_CRLS);
      }
      for (var c : s) {
        list.add(CRLIdentifier.getInstance(c));
      }
    }
    r.end();
    return new UnsignedBrandCRLIdentifier(seq, brand, nb, na, list);
  }

  private static Instant time(SeqReader r, String field) {
    ASN1GeneralizedTime t = r.as(r.next(field), ASN1GeneralizedTime.class, field);
    try {
      String s = t.getTimeString();
      if (!s.matches("[0-9]{14}Z")) {
        throw new MalformedCertExtensionException(r.path(field), "must be YYYYMMDDHHMMSSZ (DER)");
      }
      return t.getDate().toInstant();
    } catch (java.text.ParseException e) {
      throw new MalformedCertExtensionException(r.path(field), "unparseable time", e);
    }
  }

  public BigInteger sequenceNum() {
    return sequenceNum;
  }

  public String brandId() {
    return brandId;
  }

  public Instant notBefore() {
    return notBefore;
  }

  public Instant notAfter() {
    return notAfter;
  }

  public List<CRLIdentifier> crls() {
    return crls;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new ASN1Integer(0));
    v.add(new ASN1Integer(sequenceNum));
    v.add(SetStrings.encode(brandId, 40, FIELD));
    v.add(new DERGeneralizedTime(Date.from(notBefore)));
    v.add(new DERGeneralizedTime(Date.from(notAfter)));
    if (!crls.isEmpty()) {
      v.add(new DERTaggedObject(false, 0, new DERSequence(crls.toArray(new CRLIdentifier[0]))));
    }
    return new DERSequence(v);
  }
}
