package org.agentset.set.reg;

import java.util.Objects;
import org.agentset.set.asn1.reg.CertStatusCode;

/**
 * Why the CA will not register a card: the CertStatusCode to answer with ({@code invalidBIN},
 * {@code rejectedByIssuer}, ...) and a short reason for the cardholder. Never contains the card
 * number.
 *
 * @param code the status code
 * @param reason a sentence for the cardholder (at most 512 characters)
 */
public record CardVerdict(CertStatusCode code, String reason) {

  public CardVerdict {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    if (code == CertStatusCode.REQUEST_COMPLETE) {
      throw new IllegalArgumentException("a verdict refuses");
    }
  }
}
