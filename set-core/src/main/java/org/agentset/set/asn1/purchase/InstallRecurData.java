package org.agentset.set.asn1.purchase;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The cardholder's consent to an instalment or recurring payment, signed as part of PIHead and
 * HODInput so the gateway can hold later AuthToken-based authorizations to it.
 *
 * <pre>
 * InstallRecurData ::= SEQUENCE {
 *    installRecurInd  InstallRecurInd,
 *    irExtensions     [0] MsgExtensions OPTIONAL   -- AgentSET: not used, rejected
 * }
 * InstallRecurInd ::= CHOICE {
 *    installTotalTrans  [0] INTEGER (2..999),      -- number of instalments
 *    recurring          [1] Recurring
 * }
 * Recurring ::= SEQUENCE {
 *    recurringFrequency  INTEGER (1..366),         -- minimum days between authorizations
 *    recurringExpiry     Date
 * }
 * </pre>
 *
 * <p>[U]: named in SET-PROTOCOL.md §3.2/§3.4 without its fields; this layout follows SET Book 3 as
 * recalled. AgentSET defines no {@code irExtensions}, so the field is not accepted.
 */
public final class InstallRecurData extends ASN1Object {

  private static final String TYPE = "InstallRecurData";

  private final Integer installTotalTrans;
  private final Integer recurringFrequency;
  private final Instant recurringExpiry;

  private InstallRecurData(
      Integer installTotalTrans, Integer recurringFrequency, Instant recurringExpiry) {
    this.installTotalTrans = installTotalTrans;
    this.recurringFrequency = recurringFrequency;
    this.recurringExpiry = recurringExpiry;
  }

  /** An instalment plan of {@code totalTransactions} payments. */
  public static InstallRecurData instalments(int totalTransactions) {
    return new InstallRecurData(
        (int) Check.range("installTotalTrans", totalTransactions, 2, 999), null, null);
  }

  /** A recurring payment at most every {@code frequencyDays}, until {@code expiry}. */
  public static InstallRecurData recurring(int frequencyDays, Instant expiry) {
    return new InstallRecurData(
        null,
        (int) Check.range("recurringFrequency", frequencyDays, 1, 366),
        Check.required("recurringExpiry", expiry));
  }

  /** Decodes InstallRecurData. */
  public static InstallRecurData getInstance(Object obj) {
    if (obj instanceof InstallRecurData v) {
      return v;
    }
    Fields f = Fields.of(TYPE, Fields.sequence(TYPE, obj));
    InstallRecurData value = f.required("installRecurInd", InstallRecurData::indicator);
    f.end();
    return value;
  }

  private static InstallRecurData indicator(org.bouncycastle.asn1.ASN1Encodable e) {
    String type = "InstallRecurInd";
    var t = Fields.choice(type, e);
    return switch (t.getTagNo()) {
      case 0 ->
          new InstallRecurData(
              Fields.implicitAlternative(
                  type, "installTotalTrans", t, BERTags.INTEGER, Values.intValue(2, 999)),
              null,
              null);
      case 1 ->
          Fields.implicitAlternative(
              type, "recurring", t, BERTags.SEQUENCE, InstallRecurData::recurring);
      default -> throw Fields.unknownAlternative(type, t);
    };
  }

  private static InstallRecurData recurring(org.bouncycastle.asn1.ASN1Encodable e) {
    Fields f = Fields.of("Recurring", Values.as(ASN1Sequence.class, e, "SEQUENCE"));
    int frequency = f.required("recurringFrequency", Values.intValue(1, 366));
    Instant expiry = f.required("recurringExpiry", SetTypes.DATE);
    f.end();
    return new InstallRecurData(null, frequency, expiry);
  }

  /** Number of instalments, or null for a recurring payment. */
  public Integer getInstallTotalTrans() {
    return installTotalTrans;
  }

  /** Minimum days between recurring authorizations, or null for instalments. */
  public Integer getRecurringFrequency() {
    return recurringFrequency;
  }

  /** End of a recurring payment, or null for instalments. */
  public Instant getRecurringExpiry() {
    return recurringExpiry;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    DERTaggedObject indicator =
        installTotalTrans != null
            ? new DERTaggedObject(false, 0, Der.integer((long) installTotalTrans))
            : new DERTaggedObject(
                false,
                1,
                DerSeq.of()
                    .add(Der.integer((long) recurringFrequency))
                    .add(Der.time(recurringExpiry))
                    .build());
    return DerSeq.of().add(indicator).build();
  }
}
