package org.agentset.set.reg;

import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.msg.SetProtocolException;

/**
 * What {@link RegistrationAuthority#answer} did with one request: the answer to send back (a SET
 * message, an Error when refused), and what the CA records about it.
 *
 * @param response the DER MessageWrapper to return (always present)
 * @param request the name of the request's message (e.g. {@code CertReq}), or {@code ?} when it
 *     could not be read
 * @param kind who asked, or null when not known
 * @param outcome what happened
 * @param status the CertStatusCode answered (CertReq, CertInqReq), or null
 * @param requester who asked, for the records: the acquirer reference of a merchant or gateway, the
 *     first 16 hex digits of a cardholder's hashed identity; never a card number; null if unknown
 * @param issued the certificates issued (signature first), empty if none
 * @param refusal why the request was refused with an Error, or null
 */
public record Answer(
    byte[] response,
    String request,
    EntityKind kind,
    Outcome outcome,
    CertStatusCode status,
    String requester,
    List<X509Certificate> issued,
    SetProtocolException refusal) {

  /** What happened to a request. */
  public enum Outcome {
    /** An initiation or form request, answered. */
    ANSWERED,
    /** Certificates issued. */
    ISSUED,
    /** The request was pended; a CertInqReq may ask again. */
    PENDED,
    /** Still pending (answer to an inquiry). */
    IN_PROGRESS,
    /** The CA answered with a refusing status (invalid BIN, rejected, malformed form...). */
    REJECTED,
    /** The request was refused with a SET Error; nothing changed. */
    REFUSED
  }

  public Answer {
    response = response.clone();
    issued = List.copyOf(issued);
  }

  @Override
  public byte[] response() {
    return response.clone();
  }
}
