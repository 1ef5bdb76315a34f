package org.agentset.wallet.pay;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.msg.CardAccount;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.wallet.agents.Accepted;
import org.agentset.wallet.agents.TrustMaterial;
import org.agentset.wallet.app.Payer;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Pays with the wallet's first enrolled card: builds the cardholder's SET context (the card's
 * suite, the CA's trust material, the wallet's clock) and runs a {@link CardPayment}.
 */
public final class SetPayer implements Payer {

  /** The software name in SET message headers. */
  public static final String SW_IDENT = "AgentSET wallet 0.1";

  private final WalletStore store;
  private final TrustMaterial trust;
  private final SetTransport transport;
  private final Clock clock;
  private final SecureRandom random;
  private final AlgorithmSuites suites;
  private final Provider provider;

  public SetPayer(
      WalletStore store,
      TrustMaterial trust,
      SetTransport transport,
      Clock clock,
      SecureRandom random,
      AlgorithmSuites suites,
      Provider provider) {
    this.store = store;
    this.trust = trust;
    this.transport = transport;
    this.clock = clock;
    this.random = random;
    this.suites = suites;
    this.provider = provider;
  }

  @Override
  public Purchase pay(Ticket ticket, String purchaseId, Accepted accepted) throws Exception {
    return pay(ticket, purchaseId, accepted.initiation(), Optional.empty(), accepted.agentId());
  }

  /**
   * Pays {@code initiation} with the card {@code cardId} (or the first that can pay).
   *
   * @throws IllegalStateException if no card can pay (none enrolled)
   */
  public Purchase pay(
      Ticket ticket,
      String purchaseId,
      SetInitiation initiation,
      Optional<String> cardId,
      String agentId)
      throws WalletException, InterruptedException {
    Card card =
        store.contents(ticket).cards().stream()
            .filter(Card::canPay)
            .filter(c -> cardId.map(id -> id.equals(c.id())).orElse(true))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no enrolled card to pay with"));
    KeyCredential k = card.setCredential().orElseThrow();
    try {
      List<X509Certificate> chain = certificates(k);
      boolean ec = chain.get(0).getPublicKey().getAlgorithm().startsWith("EC");
      AlgorithmSuite suite = ec ? suites.p256() : suites.rsa();
      PrivateKey key =
          KeyFactory.getInstance(ec ? "EC" : "RSA", provider)
              .generatePrivate(new PKCS8EncodedKeySpec(k.privateKey().toByteArray()));
      Credential credential =
          new Credential(
              new KeyPair(chain.get(0).getPublicKey(), key),
              chain.get(0),
              chain.subList(1, chain.size()));
      CardAccount account =
          new CardAccount(
              card.number(),
              card.expiry(),
              card.cardSecret().map(Bytes::toByteArray).orElseThrow(),
              PanSecret.of(card.panSecret().map(Bytes::toByteArray).orElseThrow()));
      PartyContext context =
          new PartyContext(
              suite,
              random,
              new Freshness(clock, Duration.ofMinutes(15), Duration.ofMinutes(5)),
              new CertificateTrust(provider, trust.validator(), trust::revocation, List.of()),
              new InMemoryReplayStore(clock),
              SW_IDENT);
      return new CardPayment(context, transport, clock)
          .pay(purchaseId, initiation, credential, account, card.lastFour(), agentId);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the card's stored credential cannot be read", e);
    }
  }

  private List<X509Certificate> certificates(KeyCredential k)
      throws java.security.GeneralSecurityException {
    CertificateFactory f = CertificateFactory.getInstance("X.509", provider);
    List<X509Certificate> out = new ArrayList<>();
    for (Bytes b : k.chain()) {
      out.add(
          (X509Certificate)
              f.generateCertificate(new java.io.ByteArrayInputStream(b.toByteArray())));
    }
    return out;
  }
}
