package org.agentset.set.asn1.purchase;

import static org.agentset.set.asn1.msg.SetTypes.NONCE_SIZE;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The order information the merchant reads, signed by the cardholder as the other half of the dual
 * signature: transaction IDs, the echoed challenges, HOD and ODSalt (so the merchant can recompute
 * HOD from its own order description and amount), brand and BIN.
 *
 * <pre>
 * OIData ::= SEQUENCE {
 *    transIDs      TransIDs,
 *    rrpid         RRPID,
 *    chall-C       Challenge,
 *    hod           HOD,                      -- DD { HODInput }
 *    odSalt        Nonce,
 *    chall-M       [0] Challenge OPTIONAL,   -- present when PInit was exchanged
 *    brandID       BrandID,
 *    bin           BIN,
 *    odExtOIDs     [1] OIDList OPTIONAL,     -- SEQUENCE OF OBJECT IDENTIFIER
 *    oiExtensions  [2] MsgExtensions OPTIONAL   -- GatewayBinding (critical)
 * }
 * </pre>
 *
 * <p>Fields and order from Book 2 table 4.6.2.59 (SET-PROTOCOL.md §3.4 [C]); tags [U]. OI
 * extensions travel in the clear to the merchant and must hold nothing confidential. Content type
 * {@code setct-OIData}.
 */
public final class OIData extends ASN1Object {

  private static final String TYPE = "OIData";

  private final TransIDs transIds;
  private final byte[] rrpid;
  private final byte[] challC;
  private final DetachedDigest hod;
  private final byte[] odSalt;
  private final byte[] challM;
  private final SetString brandId;
  private final String bin;
  private final List<ASN1ObjectIdentifier> odExtOids;
  private final Extensions oiExtensions;

  /** Builds OIData; {@code challM}, {@code odExtOids}, {@code oiExtensions} may be null. */
  public OIData(
      TransIDs transIds,
      byte[] rrpid,
      byte[] challC,
      DetachedDigest hod,
      byte[] odSalt,
      byte[] challM,
      SetString brandId,
      String bin,
      List<ASN1ObjectIdentifier> odExtOids,
      Extensions oiExtensions) {
    this.transIds = Check.required("transIDs", transIds);
    this.rrpid = Check.requiredOctets("rrpid", rrpid, NONCE_SIZE, NONCE_SIZE);
    this.challC = Check.requiredOctets("chall-C", challC, NONCE_SIZE, NONCE_SIZE);
    this.hod = Check.required("hod", hod);
    this.odSalt = Check.requiredOctets("odSalt", odSalt, NONCE_SIZE, NONCE_SIZE);
    this.challM = Check.octets("chall-M", challM, NONCE_SIZE, NONCE_SIZE);
    this.brandId = Check.required("brandID", brandId);
    this.bin = Check.numeric("bin", Check.required("bin", bin), 6, 6);
    this.odExtOids = Check.list("odExtOIDs", odExtOids, 1, 64);
    this.oiExtensions = oiExtensions;
    getGatewayBinding();
  }

  private OIData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    transIds = f.required("transIDs", TransIDs::getInstance);
    rrpid = f.required("rrpid", SetTypes.NONCE);
    challC = f.required("chall-C", SetTypes.NONCE);
    hod = f.required("hod", DetachedDigest::getInstance);
    odSalt = f.required("odSalt", SetTypes.NONCE);
    challM = f.optionalImplicit(0, "chall-M", BERTags.OCTET_STRING, SetTypes.NONCE);
    brandId = f.required("brandID", SetString.decoder(PInitReq.BRAND_ID_MAX));
    bin = f.required("bin", SetTypes.BIN);
    odExtOids =
        f.optionalImplicit(
            1, "odExtOIDs", BERTags.SEQUENCE, Values.sequenceOf(Values.oid(), 1, 64));
    oiExtensions = f.optionalImplicit(2, "oiExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
    getGatewayBinding();
  }

  /** Decodes OIData. */
  public static OIData getInstance(Object obj) {
    return obj instanceof OIData v ? v : new OIData(Fields.sequence(TYPE, obj));
  }

  public TransIDs getTransIds() {
    return transIds;
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public byte[] getChallC() {
    return challC.clone();
  }

  /** HOD = DD(HODInput). */
  public DetachedDigest getHod() {
    return hod;
  }

  public byte[] getOdSalt() {
    return odSalt.clone();
  }

  /** The merchant's challenge from PInitRes, or null when PInit was skipped. */
  public byte[] getChallM() {
    return challM == null ? null : challM.clone();
  }

  public SetString getBrandId() {
    return brandId;
  }

  public String getBin() {
    return bin;
  }

  /** Object identifiers of the ODExtensions in HODInput, or null. */
  public List<ASN1ObjectIdentifier> getOdExtOids() {
    return odExtOids;
  }

  public Extensions getOiExtensions() {
    return oiExtensions;
  }

  /** The AgentSET gateway binding (SET-PROTOCOL.md §5.1), or null if absent. */
  public GatewayBinding getGatewayBinding() {
    return AgentSetExtensions.find(
        oiExtensions,
        MessageIdentifiers.EXT_GATEWAY_BINDING,
        TYPE + ".oiExtensions.gatewayBinding",
        true,
        GatewayBinding::getInstance);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(transIds)
        .add(Der.octets(rrpid))
        .add(Der.octets(challC))
        .add(hod)
        .add(Der.octets(odSalt))
        .implicit(0, Der.octets(challM))
        .add(brandId)
        .add(Der.numeric(bin))
        .implicit(1, DerSeq.sequenceOf(odExtOids))
        .implicit(2, oiExtensions)
        .build();
  }
}
