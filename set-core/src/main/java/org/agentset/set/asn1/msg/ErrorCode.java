package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.SetEnum;

/**
 * Why a party refuses a SET message.
 *
 * <pre>
 * ErrorCode ::= ENUMERATED {
 *    unspecifiedFailure     (1),   messageNotSupported   (2),
 *    decodingFailure        (3),   invalidCertificate    (4),
 *    expiredCertificate     (5),   revokedCertificate    (6),
 *    missingCertificate     (7),   signatureFailure      (8),
 *    badMessageHeader       (9),   wrapperMsgMismatch   (10),
 *    versionTooOld         (11),   versionTooNew        (12),
 *    unrecognizedExtension (13),   messageTooBig        (14),
 *    signatureRequired     (15),   messageTooOld        (16),
 *    messageTooNew         (17),   thumbsMismatch       (18),
 *    unknownRRPID          (19),   unknownXID           (20),
 *    unknownLID            (21),   challengeMismatch    (22)
 * }
 * </pre>
 *
 * <p>The names and their order are from the Book 2 transcription in SET-PROTOCOL.md §3.9 [C]
 * (twenty codes) plus {@code unknownRRPID} and {@code unknownLID}, which the reference believes the
 * spec has [U]; the numbers follow that order from 1 and are [U] (§9 lists them as a gap).
 */
public enum ErrorCode implements SetEnum {
  UNSPECIFIED_FAILURE(1),
  MESSAGE_NOT_SUPPORTED(2),
  DECODING_FAILURE(3),
  INVALID_CERTIFICATE(4),
  EXPIRED_CERTIFICATE(5),
  REVOKED_CERTIFICATE(6),
  MISSING_CERTIFICATE(7),
  SIGNATURE_FAILURE(8),
  BAD_MESSAGE_HEADER(9),
  WRAPPER_MSG_MISMATCH(10),
  VERSION_TOO_OLD(11),
  VERSION_TOO_NEW(12),
  UNRECOGNIZED_EXTENSION(13),
  MESSAGE_TOO_BIG(14),
  SIGNATURE_REQUIRED(15),
  MESSAGE_TOO_OLD(16),
  MESSAGE_TOO_NEW(17),
  THUMBS_MISMATCH(18),
  UNKNOWN_RRPID(19),
  UNKNOWN_XID(20),
  UNKNOWN_LID(21),
  CHALLENGE_MISMATCH(22);

  private final int value;

  ErrorCode(int value) {
    this.value = value;
  }

  @Override
  public int value() {
    return value;
  }

  /**
   * The code to answer a message that failed to decode: {@code messageTooBig} for oversized input,
   * {@code messageNotSupported} for a well-formed message this implementation does not handle,
   * {@code badMessageHeader} when the header itself is bad, {@code decodingFailure} otherwise.
   */
  public static ErrorCode forDecodingFailure(SetDecodingException e) {
    return switch (e.getReason()) {
      case OVERSIZED -> MESSAGE_TOO_BIG;
      case UNSUPPORTED -> MESSAGE_NOT_SUPPORTED;
      default ->
          e.getPath().startsWith("MessageWrapper.messageHeader")
              ? BAD_MESSAGE_HEADER
              : DECODING_FAILURE;
    };
  }
}
