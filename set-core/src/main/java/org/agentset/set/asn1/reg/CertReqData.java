package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The end entity's certificate request, signed with the new private signature key (proof of
 * possession) and encrypted to the CA: its identifiers and challenges, the request type, the
 * filled-in form, the back key the CA must use to encrypt the answer to a cardholder, and the
 * public keys to certify.
 *
 * <pre>
 * CertReqData ::= SEQUENCE {
 *    rrpid          RRPID,
 *    lid-EE         LocalID,
 *    chall-EE3      Challenge,
 *    lid-CA         [0] LocalID OPTIONAL,
 *    chall-CA       [1] Challenge OPTIONAL,
 *    requestType    RequestType,
 *    requestDate    Date,
 *    idData         [2] IDData OPTIONAL,          -- CHOICE, hence explicit
 *    regFormID      INTEGER (0..2147483647),
 *    regForm        [3] RegForm OPTIONAL,         -- SEQUENCE SIZE(1..64) OF RegFormItem
 *    caBackKeyData  [4] EXPLICIT BackKeyData OPTIONAL,
 *    publicKeySorE  PublicKeySorE,
 *    eeThumb        [5] EXPLICIT CertThumb OPTIONAL,
 *    thumbs         [6] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] for the fields; tags [U]. Content type setct-CertReqData. The CA must
 * check that the identity signed here matches the authenticated requester and that the key was
 * never certified before (SET-PROTOCOL.md §5.3).
 */
public final class CertReqData extends ASN1Object {

  private static final String TYPE = "CertReqData";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe3;
  private final byte[] lidCa;
  private final byte[] challCa;
  private final RequestType requestType;
  private final Instant requestDate;
  private final IDData idData;
  private final Integer regFormId;
  private final List<RegFormItem> regForm;
  private final BackKeyData caBackKeyData;
  private final PublicKeySorE publicKeySorE;
  private final CertThumb eeThumb;
  private final Thumbs thumbs;

  /** Builds CertReqData; optional fields may be null. */
  public CertReqData(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe3,
      byte[] lidCa,
      byte[] challCa,
      RequestType requestType,
      Instant requestDate,
      IDData idData,
      Integer regFormId,
      List<RegFormItem> regForm,
      BackKeyData caBackKeyData,
      PublicKeySorE publicKeySorE,
      CertThumb eeThumb,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe3 = Check.requiredOctets("chall-EE3", challEe3, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.challCa = Check.octets("chall-CA", challCa, NONCE_SIZE, NONCE_SIZE);
    this.requestType = Check.required("requestType", requestType);
    this.requestDate = Check.required("requestDate", requestDate);
    this.idData = idData;
    this.regFormId =
        (int)
            Check.range("regFormID", Check.required("regFormID", regFormId), 0, Integer.MAX_VALUE);
    this.regForm = Check.list("regForm", regForm, 1, 64);
    this.caBackKeyData = caBackKeyData;
    this.publicKeySorE = Check.required("publicKeySorE", publicKeySorE);
    this.eeThumb = eeThumb;
    this.thumbs = thumbs;
  }

  private CertReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe3 = f.required("chall-EE3", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    challCa = f.optionalImplicit(1, "chall-CA", BERTags.OCTET_STRING, SetTypes.NONCE);
    requestType = f.required("requestType", Values.enumerated(RequestType.class));
    requestDate = f.required("requestDate", SetTypes.DATE);
    idData = f.optionalExplicit(2, "idData", IDData::getInstance);
    regFormId = f.required("regFormID", Values.intValue(0, Integer.MAX_VALUE));
    regForm =
        f.optionalImplicit(
            3, "regForm", BERTags.SEQUENCE, Values.sequenceOf(RegFormItem::getInstance, 1, 64));
    caBackKeyData = f.optionalExplicit(4, "caBackKeyData", BackKeyData::getInstance);
    publicKeySorE = f.required("publicKeySorE", PublicKeySorE::getInstance);
    eeThumb = f.optionalExplicit(5, "eeThumb", CertThumb::getInstance);
    thumbs = f.optionalExplicit(6, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes CertReqData. */
  public static CertReqData getInstance(Object obj) {
    return obj instanceof CertReqData v ? v : new CertReqData(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe3() {
    return challEe3.clone();
  }

  public byte[] getLidCa() {
    return lidCa == null ? null : lidCa.clone();
  }

  public byte[] getChallCa() {
    return challCa == null ? null : challCa.clone();
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public Instant getRequestDate() {
    return requestDate;
  }

  public IDData getIdData() {
    return idData;
  }

  public Integer getRegFormId() {
    return regFormId;
  }

  public List<RegFormItem> getRegForm() {
    return regForm;
  }

  public BackKeyData getCaBackKeyData() {
    return caBackKeyData;
  }

  public PublicKeySorE getPublicKeySorE() {
    return publicKeySorE;
  }

  public CertThumb getEeThumb() {
    return eeThumb;
  }

  public Thumbs getThumbs() {
    return thumbs;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(rrpid))
        .add(Der.octets(lidEe))
        .add(Der.octets(challEe3))
        .implicit(0, Der.octets(lidCa))
        .implicit(1, Der.octets(challCa))
        .add(Der.enumerated(requestType))
        .add(Der.time(requestDate))
        .explicit(2, idData)
        .add(Der.integer(regFormId == null ? null : (long) regFormId))
        .implicit(3, DerSeq.sequenceOf(regForm))
        .explicit(4, caBackKeyData)
        .add(publicKeySorE)
        .explicit(5, eeThumb)
        .explicit(6, thumbs)
        .build();
  }
}
