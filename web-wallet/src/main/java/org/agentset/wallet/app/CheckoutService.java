package org.agentset.wallet.app;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetPathValidationException;
import org.agentset.set.cert.ValidatedPath;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.SaiException;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SetInitiations;
import org.agentset.wallet.agents.TrustMaterial;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.pay.SetPayer;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Purchases the customer starts from a storefront: the checkout hands the wallet the merchant's
 * signed SET initiation (a link to {@code /pay?initiation=…}); the wallet verifies the merchant's
 * signature and certificate and shows the order description and amount — exactly what the dual
 * signature will cover — and pays only when the customer says so. Receipts are kept.
 */
public final class CheckoutService {

  private static final int MAX_WAITING = 20;

  /** An order shown to the customer, not yet paid. */
  public record Order(String id, SetInitiation initiation, Instant shownAt) {}

  private final WalletStore store;
  private final TrustMaterial trust;
  private final PaymentStartService.Refresher refresher;
  private final SetPayer payer;
  private final Clock clock;
  private final SecureRandom random;
  private final AlgorithmSuites suites;
  private final Provider provider;
  private final Map<String, Order> orders =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
              return size() > MAX_WAITING;
            }
          });

  public CheckoutService(
      WalletStore store,
      TrustMaterial trust,
      PaymentStartService.Refresher refresher,
      SetPayer payer,
      Clock clock,
      SecureRandom random,
      AlgorithmSuites suites,
      Provider provider) {
    this.store = store;
    this.trust = trust;
    this.refresher = refresher;
    this.payer = payer;
    this.clock = clock;
    this.random = random;
    this.suites = suites;
    this.provider = provider;
  }

  /**
   * Verifies a signed initiation (base64 or base64url of its DER) and keeps it for payment.
   *
   * @throws InvalidInputException saying what is wrong with it
   * @throws PeerException if the CA's certificates and CRLs cannot be fetched to check it
   */
  public Order present(Ticket ticket, String encoded) throws WalletException, PeerException {
    store.contents(ticket);
    byte[] der;
    try {
      String text = encoded == null ? "" : encoded.strip();
      der =
          text.contains("-") || text.contains("_")
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("initiation", "The order link is damaged (not base64).");
    }
    refresher.refresh();
    SetInitiation initiation;
    try {
      SaiSignedContent signed = SetInitiations.read(der);
      ValidatedPath path =
          trust.validator().validate(signed.signerPath(provider), trust.revocation());
      if (path.leafProfile() != CertificateProfile.MERCHANT_SIGNATURE) {
        throw new InvalidInputException(
            "initiation", "The order is not signed by a merchant's SET certificate.");
      }
      initiation =
          new SetInitiations(
                  suites.p256().name().equals(suiteOf(path)) ? suites.p256() : suites.rsa())
              .verify(signed, signed.signerCertificate().orElseThrow());
    } catch (SaiException e) {
      throw new InvalidInputException(
          "initiation", "The merchant's order is not valid: " + e.getMessage() + ".");
    } catch (SetPathValidationException e) {
      throw new InvalidInputException(
          "initiation", "The merchant's certificate is not valid: " + e.getMessage() + ".");
    }
    if (!initiation.getExpires().isAfter(clock.instant())) {
      throw new InvalidInputException(
          "initiation",
          "This order expired at " + initiation.getExpires() + "; start the checkout again.");
    }
    byte[] id = new byte[12];
    random.nextBytes(id);
    Order order = new Order(HexFormat.of().formatHex(id), initiation, clock.instant());
    orders.put(order.id(), order);
    return order;
  }

  /** The order {@code id} shown earlier, if it is still waiting. */
  public Optional<Order> order(String id) {
    return Optional.ofNullable(orders.get(id));
  }

  /**
   * Pays the order {@code id} with the card {@code cardId} (or the first enrolled one).
   *
   * @throws InvalidInputException if there is no such order or it has expired
   * @throws NotReadyException if no card is enrolled
   */
  public Purchase pay(Ticket ticket, String id, String cardId)
      throws WalletException, InterruptedException {
    Order order = orders.get(id);
    if (order == null) {
      throw new InvalidInputException(
          "order", "No such order is waiting (paid already, or too old).");
    }
    if (!order.initiation().getExpires().isAfter(clock.instant())) {
      orders.remove(id);
      throw new InvalidInputException("order", "This order has expired; start the checkout again.");
    }
    if (store.contents(ticket).cards().stream().noneMatch(c -> c.canPay())) {
      throw new NotReadyException(
          "No card is enrolled with the CA yet: enrol a card first (Enrolment page).");
    }
    orders.remove(id);
    Purchase p =
        payer.pay(
            ticket,
            id,
            order.initiation(),
            Optional.ofNullable(cardId).filter(s -> !s.isBlank()),
            null);
    store.update(
        ticket,
        c ->
            c.withPurchase(p)
                .withHistory(
                    new HistoryEntry(
                        clock.instant(),
                        HistoryEntry.Kind.PURCHASE,
                        "Purchase at "
                            + p.merchantCode()
                            + " with card ending "
                            + p.cardLastFour()
                            + ": "
                            + p.outcome().name().toLowerCase(java.util.Locale.ROOT))));
    return p;
  }

  /** The purchases, newest first. */
  public List<Purchase> purchases(Ticket ticket) throws WalletException {
    List<Purchase> list = new ArrayList<>(store.contents(ticket).purchases());
    Collections.reverse(list);
    return list;
  }

  private static String suiteOf(ValidatedPath path) {
    return path.certificates().get(0).getPublicKey().getAlgorithm().startsWith("EC")
        ? "p256"
        : "rsa";
  }
}
