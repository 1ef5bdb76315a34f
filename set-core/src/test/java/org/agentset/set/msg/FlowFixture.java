package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.RecipientKey;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The test hierarchy and parties of one suite, opened to the {@code set-bench} module (which gets
 * this class through set-core's test jar): the four parties with a replay store that forgets (a
 * benchmark replays one message many times) and a certificate cache (peers' certificates are
 * validated once, as SET's thumbprint caches intend), one purchase carried through to every step,
 * and the keys and certificates the operator benchmarks need.
 */
public final class FlowFixture {

  private final Parties parties;
  private final Run run;

  private FlowFixture(String suite) throws SetProtocolException {
    this.parties = Parties.builder(suite).forgetful().build();
    this.run = new Run(parties, Parties.order()).completed();
  }

  /** The parties of {@code suite} and one completed purchase. */
  public static FlowFixture of(String suite) throws SetProtocolException {
    return new FlowFixture(suite);
  }

  public CardholderPurchase cardholder() {
    return parties.cardholder;
  }

  public MerchantPurchase merchant() {
    return parties.merchant;
  }

  public MerchantAuthorisation merchantPayments() {
    return parties.merchantPayments;
  }

  public GatewayAuthorisation gateway() {
    return parties.gateway;
  }

  public PurchaseOrder order() {
    return run.order;
  }

  public PInitSent pInitSent() {
    return run.init;
  }

  public PInitAnswered pInitAnswered() {
    return run.answered;
  }

  public byte[] pInitRes() {
    return Run.der(run.answered.message());
  }

  public PReqSent pReqSent() {
    return run.preq;
  }

  public byte[] pReq() {
    return Run.der(run.preq.message());
  }

  public VerifiedPReq verifiedPReq() {
    return run.verified;
  }

  public AuthReqSent authReqSent() {
    return run.authReq;
  }

  public byte[] authReq() {
    return Run.der(run.authReq.message());
  }

  public AuthorisationRequest authorisationRequest() {
    return run.request;
  }

  public byte[] authRes() {
    return run.authRes;
  }

  public AuthorisationResult authorisationResult() {
    return run.result;
  }

  public byte[] pRes() {
    return run.pres;
  }

  /** A fresh suite object of the fixture's suite. */
  public AlgorithmSuite suite() throws SetCryptoException {
    return new AlgorithmSuites(FlowPki.BC, new java.security.SecureRandom())
        .forName(parties.pki.suite);
  }

  /** {@code role}'s signer ({@code cardholder}, {@code merchant-sig}, {@code gateway-sig}). */
  public Signer signer(AlgorithmSuite suite, String role) {
    return parties.pki.credential(role).signer(suite, List.of());
  }

  /** {@code role}'s key-exchange key ({@code merchant-kx}, {@code gateway-kx}). */
  public RecipientKey recipientKey(String role) {
    return parties.pki.credential(role).recipientKey();
  }

  /**
   * The wallet's key as a payment start's recipient: the stored hierarchy's wallet certificate
   * predates wallets' key agreement (it is signature-only, a valid certificate of the wrong type
   * for the purchase tests), so the stored cardholder CA certifies the same key anew with today's
   * profile (digitalSignature and keyAgreement / keyEncipherment).
   */
  public RecipientKey walletRecipientKey() {
    java.security.KeyPair keys = parties.pki.keys.get("wallet");
    java.security.cert.X509Certificate wallet =
        new org.agentset.set.cert.SetCertificateIssuer(
                FlowPki.BC,
                java.time.Clock.fixed(FlowPki.T0, java.time.ZoneOffset.UTC),
                new java.security.SecureRandom(),
                FlowPkiIssuer.QUALIFIER)
            .issue(
                org.agentset.set.cert.CertificateSpec.wallet(
                    Certificates.holder(parties.pki.cert("wallet")).getSubject(), keys.getPublic()),
                parties.pki.ca("cca"));
    return new RecipientKey(keys, Certificates.holder(wallet));
  }

  public X509CertificateHolder holder(String role) {
    return Certificates.holder(parties.pki.cert(role));
  }

  /** The cardholder's path below the root: cardholder, CCA, geo-political CA, brand. */
  public List<X509Certificate> cardholderChain() {
    FlowPki pki = parties.pki;
    return List.of(pki.cert("cardholder"), pki.cert("cca"), pki.cert("geo"), pki.cert("brand"));
  }

  public SetPathValidator validator() {
    return new SetPathValidator(FlowPki.BC, Parties.CLOCK, List.of(parties.pki.cert("root")));
  }

  public RevocationData revocation() {
    return parties.pki.revocation();
  }

  /** The fixed clock every party of the fixture reads (certificates are valid at it). */
  public java.time.Clock clock() {
    return Parties.CLOCK;
  }

  /** {@code role}'s credential ({@code merchant-sig}, {@code merchant-kx}, {@code gateway-kx}). */
  public Credential credential(String role) {
    return parties.pki.credential(role);
  }

  /** The path of {@code role}'s certificate below the root, leaf first. */
  public List<X509Certificate> path(String role) {
    return parties.pki.path(role);
  }

  /** The CA certificates below the root a party holds (SET's thumbprint cache). */
  public List<X509Certificate> knownCas() {
    return parties.pki.knownCas();
  }

  /** A fresh cardholder of the fixture's card, with its own context, for a new purchase. */
  public CardholderPurchase newCardholder() {
    return Parties.builder(parties.pki.suite).forgetful().build().cardholder;
  }

  public SharedKey tokenKey() {
    return Parties.TOKEN_KEY;
  }
}
