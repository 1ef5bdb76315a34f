package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.SetEnum;

/**
 * The outcome of a certificate request.
 *
 * <pre>
 * CertStatusCode ::= ENUMERATED {
 *    requestComplete         (1),  invalidLanguage        (2),
 *    invalidBIN              (3),  sigValidationFail      (4),
 *    decryptionError         (5),  requestInProgress      (6),
 *    rejectedByIssuer        (7),  requestPended          (8),
 *    rejectedByAcquirer      (9),  regFormAnswerMalformed (10),
 *    rejectedByCA           (11),  unableToEncryptCertRes (12)
 * }
 * </pre>
 *
 * <p>Names and order from the Book 2 transcription cited by SET-PROTOCOL.md (§2.2, [R21a]); the
 * numbers follow that order from 1 [U].
 */
public enum CertStatusCode implements SetEnum {
  REQUEST_COMPLETE(1),
  INVALID_LANGUAGE(2),
  INVALID_BIN(3),
  SIG_VALIDATION_FAIL(4),
  DECRYPTION_ERROR(5),
  REQUEST_IN_PROGRESS(6),
  REJECTED_BY_ISSUER(7),
  REQUEST_PENDED(8),
  REJECTED_BY_ACQUIRER(9),
  REG_FORM_ANSWER_MALFORMED(10),
  REJECTED_BY_CA(11),
  UNABLE_TO_ENCRYPT_CERT_RES(12);

  private final int value;

  CertStatusCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }
}
