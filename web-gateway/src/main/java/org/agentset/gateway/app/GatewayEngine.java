package org.agentset.gateway.app;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.agentset.gateway.app.CaDirectory.CaUnavailableException;
import org.agentset.gateway.infra.GatewaySettings;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.msg.AuthorisationReversal;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.GatewayAuthorisation;
import org.agentset.set.msg.GatewayCapture;
import org.agentset.set.msg.GatewayCertificates;
import org.agentset.set.msg.GatewayCredit;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetErrors;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The gateway's set-core objects, built once its keys are certified and the CA's state is known,
 * and rebuilt when either changes: {@link GatewayAuthorisation}, {@link GatewayCapture} and {@link
 * SetErrors} over one {@link PartyContext} (suite, clock, freshness window, certificate trust with
 * a five-minute cache, the database replay store). Holds the gateway's one Bouncy Castle provider
 * object (never registered globally).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GatewayEngine {

  /** Everything one request needs, consistent with one set of keys and one CA snapshot. */
  public record Engine(
      PartyContext context,
      GatewayAuthorisation authorisation,
      GatewayCapture capture,
      GatewayCredit credit,
      GatewayCertificates certificates,
      AuthorisationReversal reversal,
      List<SharedKey> tokenKeys,
      SetErrors errors,
      Credential signature,
      Credential keyExchange,
      CaDirectory.Snapshot ca) {}

  // Static, not instance fields: the container's no-interface view of this singleton is a subclass
  // whose every proxy instance would run instance field initialisers — a new Bouncy Castle provider
  // (tens of milliseconds of CPU) each time a bean holding a reference to it was created.
  private static final Provider PROVIDER = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  @EJB private ReplayEntries replay;

  private GatewaySettings settings;
  private CaDirectory directory;
  private OcspRevocation ocsp;
  private volatile Engine engine;
  private volatile KeyMaterial builtFor;

  @PostConstruct
  void init() {
    settings = GatewaySettings.fromSystem();
    directory = new CaDirectory(settings.caUrl(), settings.revocationTtl(), clock);
    ocsp =
        new OcspRevocation(
            new org.agentset.set.cert.OcspClient(
                directory::ocsp, PROVIDER, clock, settings.revocationTtl()));
  }

  public Provider provider() {
    return PROVIDER;
  }

  public Clock clock() {
    return clock;
  }

  public GatewaySettings settings() {
    return settings;
  }

  public CaDirectory directory() {
    return directory;
  }

  /** A fresh suite object of the gateway's suite (suites hold randomness; one per use is safe). */
  public AlgorithmSuite suite() {
    try {
      return new AlgorithmSuites(PROVIDER, RANDOM).forName(settings.suite());
    } catch (SetCryptoException e) {
      throw new IllegalStateException("unknown suite " + settings.suite(), e);
    }
  }

  /**
   * The engine for {@code keys}, or empty when they are not certified yet.
   *
   * @throws CaUnavailableException when the CA's certificates and CRLs cannot be had
   */
  public Optional<Engine> engine(KeyMaterial keys) throws CaUnavailableException {
    if (keys == null || !keys.isCertified()) {
      return Optional.empty();
    }
    CaDirectory.Snapshot ca = directory.snapshot();
    Engine e = engine;
    if (e != null && builtFor == keys && e.ca().revocation() == ca.revocation()) {
      return Optional.of(e);
    }
    synchronized (this) {
      e = engine;
      if (e != null && builtFor == keys && e.ca().revocation() == ca.revocation()) {
        return Optional.of(e);
      }
      e = build(keys, ca);
      engine = e;
      builtFor = keys;
      return Optional.of(e);
    }
  }

  private Engine build(KeyMaterial keys, CaDirectory.Snapshot ca) {
    List<X509Certificate> sigChain = Chains.issuers(keys.certificate(true), ca.cas());
    List<X509Certificate> kxChain = Chains.issuers(keys.certificate(false), ca.cas());
    Credential sig = keys.signature(sigChain).orElseThrow();
    Credential kx = keys.keyExchange(kxChain).orElseThrow();
    CertificateTrust trust =
        new CertificateTrust(
            PROVIDER,
            new SetPathValidator(PROVIDER, clock, List.of(ca.root())),
            ca::revocation,
            ca.cas(),
            Duration.ofMinutes(5),
            clock,
            ocsp);
    PartyContext context =
        new PartyContext(
            suite(),
            RANDOM,
            new Freshness(clock, settings.maxAge(), settings.maxSkew()),
            trust,
            replay,
            "AgentSET-gateway/0.1");
    return new Engine(
        context,
        new GatewayAuthorisation(
            context,
            sig,
            kx,
            List.of(keys.tokenKey()),
            new GatewayAuthorisation.Policy(
                settings.piMaxAge(),
                settings.authTokenWindow(),
                GatewaySettings::allowUnsignedNow)),
        new GatewayCapture(context, sig, kx, List.of(keys.tokenKey()), settings.captureWindow()),
        new GatewayCredit(context, sig, kx, List.of(keys.tokenKey())),
        new GatewayCertificates(context),
        new AuthorisationReversal(context),
        List.of(keys.tokenKey()),
        new SetErrors(context),
        sig,
        kx,
        ca);
  }
}
