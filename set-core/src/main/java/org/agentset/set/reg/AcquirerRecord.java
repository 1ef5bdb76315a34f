package org.agentset.set.reg;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the acquirer registered about a merchant or payment gateway, as the CA knows it: the
 * identity the signed CertReq must name, the names its certificates carry, its state, and a check
 * of the enrolment code the acquirer gave it out of band (the CA keeps only a hash).
 *
 * @param kind MERCHANT or GATEWAY
 * @param reference the acquirer's short name for it (e.g. {@code nordlicht-books})
 * @param bin the acquirer BIN
 * @param merchantId the merchant ID at the acquirer (for a gateway, null)
 * @param name the name its certificates carry
 * @param categoryCode the merchant category code (ISO 18245), or null for a gateway
 * @param city the city its certificates name
 * @param countryName the country its certificates name
 * @param country ISO 3166 numeric country code
 * @param status whether the acquirer has approved it
 * @param enrolmentCode accepts the enrolment code, and nothing else
 */
public record AcquirerRecord(
    EntityKind kind,
    String reference,
    String bin,
    String merchantId,
    String name,
    String categoryCode,
    String city,
    String countryName,
    int country,
    Status status,
    Predicate<String> enrolmentCode) {

  /** The acquirer's decision about the registration. */
  public enum Status {
    /** Approved: certificates are issued at once. */
    ACTIVE,
    /** Under review: requests are pended until an operator approves or rejects. */
    REVIEW,
    /** Refused by the acquirer. */
    REJECTED
  }

  public AcquirerRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(bin, "bin");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(enrolmentCode, "enrolmentCode");
    if (kind == EntityKind.CARDHOLDER) {
      throw new IllegalArgumentException("cardholders have no acquirer registration");
    }
    if (kind == EntityKind.MERCHANT && merchantId == null) {
      throw new IllegalArgumentException("a merchant has a merchant ID");
    }
  }

  /** Never prints the enrolment check. */
  @Override
  public String toString() {
    return "AcquirerRecord[" + kind + " " + reference + ", " + status + "]";
  }
}
