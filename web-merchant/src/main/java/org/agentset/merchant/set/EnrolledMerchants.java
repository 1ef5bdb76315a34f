package org.agentset.merchant.set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.agentset.merchant.catalogue.Catalogue;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.MerchantPurchase;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The merchants' SET parties as the server has them. A merchant takes part in SET once its keys and
 * certificates are in {@code merchant.merchant_credential} (enrolment with the CA by SET merchant
 * registration); until then every SET message for it is answered with SET's Error "missing
 * certificate", and {@link #anonymousError} answers what names no merchant.
 */
@ApplicationScoped
public class EnrolledMerchants implements MerchantSetDesk.MerchantParties {

  static final Provider BC = new BouncyCastleProvider();
  static final Duration MAX_AGE = Duration.ofMinutes(15);
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(EnrolledMerchants.class.getName());

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @EJB private CredentialStore store;
  @Inject private MerchantConfig config;
  @Inject private Catalogue catalogue;

  private final Map<String, MerchantCredentials.Opened> opened = new ConcurrentHashMap<>();
  private RevocationData crls;
  private Instant crlsFetched = Instant.EPOCH;
  private SetErrors anonymous;

  @PostConstruct
  void init() {
    try {
      SecureRandom random = new SecureRandom();
      Clock clock = Clock.systemUTC();
      PartyContext ctx =
          new PartyContext(
              new AlgorithmSuites(BC, random).forName("p256"),
              random,
              new Freshness(clock, MAX_AGE, MAX_SKEW),
              new CertificateTrust(
                  BC,
                  new org.agentset.set.cert.SetPathValidator(BC, clock, List.of()),
                  () -> null,
                  List.of()),
              (kind, id, until) -> true,
              "AgentSET-merchant/0.1");
      anonymous = new SetErrors(ctx);
    } catch (SetCryptoException e) {
      throw new IllegalStateException("the p256 suite is not available", e);
    }
  }

  /**
   * The merchant's SET party when it is enrolled (keys and certificates in {@code
   * merchant_credential}) and knows the gateway's key-exchange certificate path ({@code
   * gateway_path}, which SET's PCertReq to the gateway fills); else empty, and the desk answers
   * SET's Error "missing certificate".
   */
  @Override
  public Optional<MerchantParty> of(String merchantCode) {
    String pw = config.settings().keyStorePassword();
    if (pw == null) {
      return Optional.empty();
    }
    Optional<CredentialStore.Row> row = store.find(merchantCode);
    if (row.isEmpty() || row.get().gatewayPath().length == 0) {
      return Optional.empty();
    }
    MerchantCredentials.Opened keys =
        opened.computeIfAbsent(
            merchantCode,
            code -> MerchantCredentials.open(BC, code, row.get().sealed(), pw.toCharArray()));
    List<X509Certificate> gateway = MerchantCredentials.certificates(row.get().gatewayPath());
    X509Certificate root = MerchantCredentials.certificates(row.get().root()).get(0);
    try {
      SecureRandom random = new SecureRandom();
      Clock clock = Clock.systemUTC();
      RevocationData revocation = revocation(root);
      PartyContext ctx =
          new PartyContext(
              new AlgorithmSuites(BC, random).p256(),
              random,
              new Freshness(clock, MAX_AGE, MAX_SKEW),
              new CertificateTrust(
                  BC,
                  new SetPathValidator(BC, clock, List.of(root)),
                  () -> revocation,
                  List.of(),
                  Duration.ofMinutes(10),
                  clock),
              new JpaReplayStore(em),
              "AgentSET-merchant/0.1");
      boolean captureNow =
          catalogue
              .merchant(merchantCode)
              .map(m -> "IMMEDIATE".equals(m.getCapturePolicy()))
              .orElse(true);
      return Optional.of(
          new MerchantParty(
              new MerchantPurchase(ctx, keys.signature(), gateway),
              new MerchantAuthorisation(ctx, keys.signature(), keys.keyExchange(), gateway.get(0)),
              new MerchantCredit(ctx, keys.signature(), keys.keyExchange(), gateway.get(0)),
              new SetErrors(ctx),
              keys.signature(),
              captureNow));
    } catch (java.io.IOException e) {
      LOG.warning("CRLs unavailable from the CA, SET refused for now: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The CA's CRLs, fetched at most every ten minutes. */
  private synchronized RevocationData revocation(X509Certificate root) throws java.io.IOException {
    Instant now = Instant.now();
    if (crls == null || now.isAfter(crlsFetched.plus(Duration.ofMinutes(10)))) {
      crls = RevocationData.crlsOnly(new CaLink(config.settings().caUrl()).crls());
      crlsFetched = now;
    }
    return crls;
  }

  @Override
  public byte[] anonymousError(byte[] refused, SetProtocolException refusal) {
    return anonymous.unsigned(refused, refusal).getDerEncoded();
  }
}
