package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What HOD is the hash of: the order description and amount the cardholder agreed to, salted.
 * Cardholder and merchant each compute {@code HOD = DD(HODInput)} from their own copy; the gateway
 * compares the two HODs without ever seeing the order (hence ODSalt: without it the gateway could
 * test guesses of the order against HOD).
 *
 * <pre>
 * HODInput ::= SEQUENCE {
 *    od                OD,                          -- OCTET STRING (SIZE(1..MAX))
 *    purchAmt          CurrencyAmount,
 *    odSalt            Nonce,
 *    installRecurData  [0] InstallRecurData OPTIONAL,
 *    odExtensions      [1] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>Fields from Book 2 table 4.6.2.59 (SET-PROTOCOL.md §3.2 [C]); tags [U]. Content type {@code
 * setct-HODInput}. OD is bounded here by {@link #OD_MAX} bytes.
 */
public final class HODInput extends ASN1Object {

  private static final String TYPE = "HODInput";

  /** Largest accepted order description. */
  public static final int OD_MAX = 65536;

  private final byte[] od;
  private final CurrencyAmount purchAmt;
  private final byte[] odSalt;
  private final InstallRecurData installRecurData;
  private final Extensions odExtensions;

  /** Builds HODInput; {@code installRecurData} and {@code odExtensions} may be null. */
  public HODInput(
      byte[] od,
      CurrencyAmount purchAmt,
      byte[] odSalt,
      InstallRecurData installRecurData,
      Extensions odExtensions) {
    this.od = Check.requiredOctets("od", od, 1, OD_MAX);
    this.purchAmt = Check.required("purchAmt", purchAmt);
    this.odSalt = Check.requiredOctets("odSalt", odSalt, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
    this.installRecurData = installRecurData;
    this.odExtensions = odExtensions;
  }

  private HODInput(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    od = f.required("od", Values.octets(1, OD_MAX));
    purchAmt = f.required("purchAmt", CurrencyAmount::getInstance);
    odSalt = f.required("odSalt", SetTypes.NONCE);
    installRecurData =
        f.optionalImplicit(0, "installRecurData", BERTags.SEQUENCE, InstallRecurData::getInstance);
    odExtensions = f.optionalImplicit(1, "odExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes HODInput. */
  public static HODInput getInstance(Object obj) {
    return obj instanceof HODInput v ? v : new HODInput(Fields.sequence(TYPE, obj));
  }

  /** The order description. */
  public byte[] getOd() {
    return od.clone();
  }

  public CurrencyAmount getPurchAmt() {
    return purchAmt;
  }

  public byte[] getOdSalt() {
    return odSalt.clone();
  }

  public InstallRecurData getInstallRecurData() {
    return installRecurData;
  }

  public Extensions getOdExtensions() {
    return odExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(od))
        .add(purchAmt)
        .add(Der.octets(odSalt))
        .implicit(0, installRecurData)
        .implicit(1, odExtensions)
        .build();
  }
}
