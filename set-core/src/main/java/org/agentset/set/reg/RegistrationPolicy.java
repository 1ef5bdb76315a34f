package org.agentset.set.reg;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.cert.CertificateSpec;

/**
 * What the CA's side of registration asks of the CA that runs it ({@link RegistrationAuthority}):
 * its forms, its checks of cards and acquirer registrations, its never-twice key registry and
 * issuance, and where pending requests are kept. The web CA implements it over its schema (in the
 * transaction answering the request); tests implement it in memory.
 */
public interface RegistrationPolicy {

  /**
   * The registration form for {@code kind} in {@code language} (the CA may fall back to its default
   * language). A merchant's and a gateway's form must ask for {@link
   * RegistrationForms#ENROLMENT_CODE}.
   */
  RegFormData form(EntityKind kind, String language);

  /**
   * Why this card cannot be registered, if it cannot: its BIN is not the brand's, the number fails
   * the Luhn check, the card expired. {@code expiry} is null while only the number is known
   * (RegFormReq).
   */
  Optional<CardVerdict> refuseCard(String pan, YearMonth expiry);

  /** The acquirer's registration of the merchant or gateway that {@code id} names, if any. */
  Optional<AcquirerRecord> acquirer(EntityKind kind, IDData id);

  /** Whether {@code key} was ever certified by this CA. */
  boolean certified(PublicKey key);

  /**
   * Certifies {@code spec} by the issuing CA of {@code kind} and records it.
   *
   * @param requester who asked, for the records (never a card number)
   * @throws KeyAlreadyCertifiedException if the key was certified meanwhile
   */
  X509Certificate issue(EntityKind kind, CertificateSpec spec, String requester)
      throws KeyAlreadyCertifiedException;

  /**
   * Hands the card's issuer the CardSecret of the cardholder certificate just issued for it: the
   * key of every TransStain made under that certificate, which only the issuer verifies. Called
   * right after {@link #issue} while answering the same CertReq. A verdict means the issuer did not
   * take it (it has no such card, or could not be reached); the CertReq is then answered with that
   * verdict and no certificate, and the CA must undo the issuance (the web CA rolls back the
   * request's transaction).
   *
   * @param cardholder the certificate just issued (its serial names the secret at the issuer)
   * @param cardSecret the CardSecret of the CertReq's PANData0
   */
  Optional<CardVerdict> handToIssuer(
      X509Certificate cardholder, String pan, YearMonth expiry, byte[] cardSecret);

  /** Keeps a pended request under its LID-CA. */
  void pend(PendingRequest request);

  /** The request pended under {@code lidCa}, if any. */
  Optional<PendingRequest> pending(byte[] lidCa);

  /** Records the certificates issued for a pended request (empty if the acquirer rejected it). */
  void resolve(byte[] lidCa, List<X509Certificate> issued);
}
