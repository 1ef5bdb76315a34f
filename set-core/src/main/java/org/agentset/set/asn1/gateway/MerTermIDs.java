package org.agentset.set.asn1.gateway;

import java.math.BigInteger;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * Who at the merchant is asking: the merchant ID of its certificate and, for chains and terminals,
 * the finer identifiers the acquirer knows.
 *
 * <pre>
 * MerTermIDs ::= SEQUENCE {
 *    merchantID  MerchantID,
 *    terminalID  [0] VisibleString (SIZE(1..48)) OPTIONAL,
 *    agentNum    [1] INTEGER (0..MAX) OPTIONAL,
 *    chainNum    [2] INTEGER (0..MAX) OPTIONAL,
 *    storeNum    [3] INTEGER (0..MAX) OPTIONAL
 * }
 * </pre>
 *
 * <p>Fields from Book 2's RRTags table (SET-PROTOCOL.md §3.5 [C]); tags and bounds [U].
 */
public final class MerTermIDs extends ASN1Object {

  private static final String TYPE = "MerTermIDs";

  private final SetString merchantId;
  private final String terminalId;
  private final BigInteger agentNum;
  private final BigInteger chainNum;
  private final BigInteger storeNum;

  /** Builds MerTermIDs; all but {@code merchantId} may be null. */
  public MerTermIDs(
      SetString merchantId,
      String terminalId,
      BigInteger agentNum,
      BigInteger chainNum,
      BigInteger storeNum) {
    this.merchantId = Check.required("merchantID", merchantId);
    this.terminalId = Check.visible("terminalID", terminalId, 1, 48);
    this.agentNum = Check.nonNegative("agentNum", agentNum);
    this.chainNum = Check.nonNegative("chainNum", chainNum);
    this.storeNum = Check.nonNegative("storeNum", storeNum);
  }

  /** Only the merchant ID. */
  public MerTermIDs(SetString merchantId) {
    this(merchantId, null, null, null, null);
  }

  private MerTermIDs(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    merchantId = f.required("merchantID", SetString.decoder(PIHead.MERCHANT_ID_MAX));
    terminalId = f.optionalImplicit(0, "terminalID", BERTags.VISIBLE_STRING, Values.visible(1, 48));
    agentNum =
        f.optionalImplicit(1, "agentNum", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    chainNum =
        f.optionalImplicit(2, "chainNum", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    storeNum =
        f.optionalImplicit(3, "storeNum", BERTags.INTEGER, Values.integer(BigInteger.ZERO, null));
    f.end();
  }

  /** Decodes MerTermIDs. */
  public static MerTermIDs getInstance(Object obj) {
    return obj instanceof MerTermIDs v ? v : new MerTermIDs(Fields.sequence(TYPE, obj));
  }

  public SetString getMerchantId() {
    return merchantId;
  }

  public String getTerminalId() {
    return terminalId;
  }

  public BigInteger getAgentNum() {
    return agentNum;
  }

  public BigInteger getChainNum() {
    return chainNum;
  }

  public BigInteger getStoreNum() {
    return storeNum;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(merchantId)
        .implicit(0, Der.visible(terminalId))
        .implicit(1, Der.integer(agentNum))
        .implicit(2, Der.integer(chainNum))
        .implicit(3, Der.integer(storeNum))
        .build();
  }
}
