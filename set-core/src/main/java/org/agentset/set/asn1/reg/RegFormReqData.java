package org.agentset.set.asn1.reg;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the cardholder encrypts to the CA (with PANOnly in the key-transport part, EXH) to ask for
 * the registration form of its issuer.
 *
 * <pre>
 * RegFormReqData ::= SEQUENCE {
 *    rrpid        RRPID,
 *    lid-EE       LocalID,
 *    chall-EE2    Challenge,
 *    lid-CA       [0] LocalID OPTIONAL,
 *    requestType  RequestType,
 *    language     Language,
 *    thumbs       [1] EXPLICIT Thumbs OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] for the fields; tags [U].
 */
public final class RegFormReqData extends ASN1Object {

  private static final String TYPE = "RegFormReqData";

  private final byte[] rrpid;
  private final byte[] lidEe;
  private final byte[] challEe2;
  private final byte[] lidCa;
  private final RequestType requestType;
  private final String language;
  private final Thumbs thumbs;

  /** Builds RegFormReqData; optional fields may be null. */
  public RegFormReqData(
      byte[] rrpid,
      byte[] lidEe,
      byte[] challEe2,
      byte[] lidCa,
      RequestType requestType,
      String language,
      Thumbs thumbs) {
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.lidEe = Check.requiredOctets("lid-EE", lidEe, 1, SetTypes.LOCAL_ID_MAX);
    this.challEe2 = Check.requiredOctets("chall-EE2", challEe2, NONCE_SIZE, NONCE_SIZE);
    this.lidCa = Check.octets("lid-CA", lidCa, 1, SetTypes.LOCAL_ID_MAX);
    this.requestType = Check.required("requestType", requestType);
    this.language = Check.visible("language", Check.required("language", language), 1, 35);
    this.thumbs = thumbs;
  }

  private RegFormReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    lidEe = f.required("lid-EE", SetTypes.LOCAL_ID);
    challEe2 = f.required("chall-EE2", SetTypes.NONCE);
    lidCa = f.optionalImplicit(0, "lid-CA", BERTags.OCTET_STRING, SetTypes.LOCAL_ID);
    requestType = f.required("requestType", Values.enumerated(RequestType.class));
    language = f.required("language", SetTypes.LANGUAGE);
    thumbs = f.optionalExplicit(1, "thumbs", Thumbs::getInstance);
    f.end();
  }

  /** Decodes RegFormReqData. */
  public static RegFormReqData getInstance(Object obj) {
    return obj instanceof RegFormReqData v ? v : new RegFormReqData(Fields.sequence(TYPE, obj));
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getLidEe() {
    return lidEe.clone();
  }

  public byte[] getChallEe2() {
    return challEe2.clone();
  }

  public byte[] getLidCa() {
    return lidCa == null ? null : lidCa.clone();
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public String getLanguage() {
    return language;
  }

  public Thumbs getThumbs() {
    return thumbs;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(rrpid))
        .add(Der.octets(lidEe))
        .add(Der.octets(challEe2))
        .implicit(0, Der.octets(lidCa))
        .add(Der.enumerated(requestType))
        .add(Der.visible(language))
        .explicit(1, thumbs)
        .build();
  }
}
