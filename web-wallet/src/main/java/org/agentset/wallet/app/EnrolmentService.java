package org.agentset.wallet.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.reg.CardholderRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.agentset.wallet.agents.TrustMaterial;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.pay.SetPayer;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Enrolment (issue 8): SET cardholder registration with the CA for one card — CardCInitReq/Res,
 * RegFormReq/Res, CertReq/Res over {@code POST /ca/set} with set-core's {@link
 * CardholderRegistration} (a fresh signature key; the certificate certifies the hashed identity of
 * the card) — then, if the wallet has none, its communication certificate ({@code POST
 * /ca/comm/wallet}, a PKCS#10 for a fresh key signed by the new cardholder key). Every step is
 * reported, and a failure says what to do. Keys and certificates go into the encrypted wallet.
 */
public final class EnrolmentService {

  private static final System.Logger LOG = System.getLogger(EnrolmentService.class.getName());

  /** One step as the customer sees it. */
  public record StepReport(String name, boolean ok, String detail) {}

  /** The whole enrolment: its steps, whether it succeeded, and what to do if it did not. */
  public record Report(List<StepReport> steps, boolean ok, String advice) {}

  private final WalletStore store;
  private final TrustMaterial trust;
  private final PaymentStartService.Refresher refresher;
  private final URI ca;
  private final Clock clock;
  private final SecureRandom random;
  private final AlgorithmSuites suites;
  private final Provider provider;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public EnrolmentService(
      WalletStore store,
      TrustMaterial trust,
      PaymentStartService.Refresher refresher,
      URI caUrl,
      Clock clock,
      SecureRandom random,
      AlgorithmSuites suites,
      Provider provider) {
    this.store = store;
    this.trust = trust;
    this.refresher = refresher;
    this.ca = URI.create(caUrl.toString().replaceAll("/+$", "") + "/");
    this.clock = clock;
    this.random = random;
    this.suites = suites;
    this.provider = provider;
  }

  /** Enrols card {@code cardId} (and the wallet, if it has no communication certificate yet). */
  public Report enrol(Ticket ticket, String cardId) throws WalletException {
    Card card =
        store
            .contents(ticket)
            .card(cardId)
            .orElseThrow(() -> new InvalidInputException("card", "The wallet has no such card."));
    List<StepReport> steps = new ArrayList<>();
    try {
      refresher.refresh();
      steps.add(
          new StepReport("Fetch the CA's certificates and revocation lists", true, ca.toString()));
    } catch (PeerException e) {
      steps.add(
          new StepReport(
              "Fetch the CA's certificates and revocation lists", false, e.getMessage()));
      return fail(
          steps, "Check that the CA is running and AGENTSET_CA_URL points at it, then try again.");
    }
    AlgorithmSuite suite = suiteOfCa();
    PartyContext context =
        new PartyContext(
            suite,
            random,
            new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
            new CertificateTrust(provider, trust.validator(), trust::revocation, List.of()),
            new InMemoryReplayStore(clock),
            SetPayer.SW_IDENT);
    CardholderRegistration reg =
        new CardholderRegistration(context, "AgentCard", card.number(), card.expiry(), "en");
    CardholderRegistration.Result result;
    String step = "CardCInitReq → CardCInitRes (the CA's certificates)";
    try {
      Step s1 = reg.initiate();
      Step s2 = reg.requestForm(s1, post("set", "application/set-registration", s1.message()));
      steps.add(new StepReport(step, true, "the cardholder CA answered and signed"));
      step = "RegFormReq → RegFormRes (the registration form)";
      Step form = reg.readForm(s2, post("set", "application/set-registration", s2.message()));
      if (form.referral() != null) {
        steps.add(
            new StepReport(
                step, false, "the CA referred: " + form.referral().getReason().getString()));
        return fail(steps, "The CA does not enrol this card here; ask your card issuer.");
      }
      steps.add(new StepReport(step, true, "the form asks for the cardholder's name"));
      step = "CertReq → CertRes (the cardholder certificate)";
      KeyPair signature = suite.generateKeyPair(KeyPurpose.SIGNATURE);
      Step s3 =
          reg.requestCertificate(
              form, Map.of(RegistrationForms.CARDHOLDER_NAME, card.holderName()), signature);
      result = reg.complete(s3, post("set", "application/set-registration", s3.message()));
    } catch (PeerException e) {
      steps.add(new StepReport(step, false, e.getMessage()));
      return fail(steps, "The CA could not be reached or refused the message; try again later.");
    } catch (SetProtocolException e) {
      steps.add(
          new StepReport(step, false, "refused: " + e.refusal() + " (" + e.errorCode() + ")"));
      return fail(
          steps,
          "The CA's answer did not pass the wallet's checks (or the CA refused the request);"
              + " nothing was stored. Try again; if it persists, the CA's clock or certificates are"
              + " off.");
    }
    if (!result.complete()) {
      steps.add(
          new StepReport(
              step,
              false,
              "the CA answered "
                  + result.status()
                  + (result.message() == null ? "" : ": " + result.message())));
      return fail(
          steps,
          "The CA did not certify this card (see its answer); check the card's number and expiry.");
    }
    Credential cred = result.credential();
    KeyCredential stored = stored(cred);
    Card enrolled =
        card.enrolled(
            stored,
            Bytes.of(result.card().cardSecret()),
            Bytes.of(result.card().panSecret().bytes()));
    store.update(
        ticket,
        c ->
            c.withCardReplaced(enrolled)
                .withHistory(
                    new HistoryEntry(
                        clock.instant(),
                        HistoryEntry.Kind.ENROLMENT,
                        "Card ending "
                            + card.lastFour()
                            + " enrolled: cardholder certificate obtained")));
    steps.add(
        new StepReport(step, true, "certificate for card ending " + card.lastFour() + " stored"));
    LOG.log(System.Logger.Level.INFO, "Card ending {0} enrolled", card.lastFour());

    if (store.contents(ticket).communication().isPresent()) {
      steps.add(new StepReport("Communication certificate", true, "the wallet has one already"));
      return new Report(steps, true, "");
    }
    step = "Communication certificate (POST /ca/comm/wallet)";
    try {
      KeyPair comm = suite.generateKeyPair(KeyPurpose.SIGNATURE);
      ContentSigner signer = suite.contentSigner(comm.getPrivate());
      PKCS10CertificationRequest csr =
          new JcaPKCS10CertificationRequestBuilder(
                  new X500Name("CN=AgentSET wallet"), comm.getPublic())
              .build(signer);
      byte[] request =
          new CommunicationRequests(provider)
              .wallet(csr, cred.certificate(), cred.keyPair().getPrivate(), clock.instant());
      byte[] pem = post("comm/wallet", "application/cms", request);
      List<X509Certificate> chain = pem(pem);
      List<Bytes> der = new ArrayList<>();
      for (X509Certificate x : chain) {
        der.add(Bytes.of(x.getEncoded()));
      }
      KeyCredential communication =
          new KeyCredential(Bytes.of(comm.getPrivate().getEncoded()), der);
      store.update(
          ticket,
          c ->
              c.withCommunication(communication)
                  .withHistory(
                      new HistoryEntry(
                          clock.instant(),
                          HistoryEntry.Kind.ENROLMENT,
                          "Communication certificate obtained")));
      steps.add(new StepReport(step, true, chain.get(0).getSubjectX500Principal().getName()));
      return new Report(steps, true, "");
    } catch (PeerException e) {
      steps.add(new StepReport(step, false, e.getMessage()));
      return fail(steps, "The card is enrolled; enrol again to get the communication certificate.");
    } catch (GeneralSecurityException | RuntimeException e) {
      steps.add(
          new StepReport(
              step,
              false,
              "the certificate could not be made or read (" + e.getClass().getSimpleName() + ")"));
      return fail(steps, "The card is enrolled; enrol again to get the communication certificate.");
    } catch (org.agentset.set.crypto.SetCryptoException e) {
      steps.add(new StepReport(step, false, "the request could not be signed: " + e.getMessage()));
      return fail(steps, "The card is enrolled; enrol again to get the communication certificate.");
    }
  }

  private Report fail(List<StepReport> steps, String advice) {
    return new Report(List.copyOf(steps), false, advice);
  }

  /** The CA's suite, from its communication CA's key: RSA for the {@code rsa} suite, else P-256. */
  private AlgorithmSuite suiteOfCa() {
    return trust instanceof org.agentset.wallet.infra.CaTrust ca && ca.isRsa()
        ? suites.rsa()
        : suites.p256();
  }

  private KeyCredential stored(Credential c) {
    try {
      List<Bytes> chain = new ArrayList<>();
      chain.add(Bytes.of(c.certificate().getEncoded()));
      for (X509Certificate x : c.chain()) {
        chain.add(Bytes.of(x.getEncoded()));
      }
      return new KeyCredential(Bytes.of(c.keyPair().getPrivate().getEncoded()), chain);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<X509Certificate> pem(byte[] pem) throws GeneralSecurityException {
    List<X509Certificate> out = new ArrayList<>();
    for (var c :
        CertificateFactory.getInstance("X.509", provider)
            .generateCertificates(new ByteArrayInputStream(pem))) {
      out.add((X509Certificate) c);
    }
    if (out.isEmpty()) {
      throw new GeneralSecurityException("no certificate in the answer");
    }
    return out;
  }

  private byte[] post(String path, String type, byte[] body) throws PeerException {
    URI uri = ca.resolve(path);
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (type.equals("application/set-registration")) {
        if (r.body().length == 0) {
          throw new PeerException(
              r.statusCode(), "The CA answered HTTP " + r.statusCode() + " without a SET message.");
        }
        return r.body();
      }
      if (r.statusCode() / 100 != 2) {
        throw new PeerException(
            r.statusCode(),
            "The CA refused (HTTP "
                + r.statusCode()
                + "): "
                + new String(r.body(), StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new PeerException(
          0,
          "The CA at " + ca + " could not be reached (" + e.getClass().getSimpleName() + ").",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(0, "Interrupted while talking to the CA.", e);
    }
  }
}
