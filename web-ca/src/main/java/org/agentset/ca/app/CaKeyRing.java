package org.agentset.ca.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.HierarchyFactory;
import org.agentset.ca.hierarchy.HierarchyLoader;
import org.agentset.ca.hierarchy.NewHierarchy;
import org.agentset.ca.hierarchy.StatusUrls;
import org.agentset.ca.infra.CaSettings;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.cert.SetCertificateIssuer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The running hierarchy: on start it creates the CA hierarchy if the database has none, or opens
 * the stored key store and rebuilds it, and then holds every CA's keys for the life of the
 * deployment. The key-store password is read from configuration, used, and wiped; it is never
 * logged. If the password is missing or wrong, or the keys do not match the records, the CA does
 * not start (a CA that cannot sign must not pretend to run).
 *
 * <p>Holds the one Bouncy Castle provider object of the CA (never registered globally).
 */
@Singleton
@PermitAll
@Startup
@DependsOn("CaSchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaKeyRing {

  private static final Logger LOG = Logger.getLogger(CaKeyRing.class.getName());

  @EJB private HierarchyStore store;

  // Static, not instance fields: the container's no-interface view of this singleton is a subclass
  // whose every proxy instance would run instance field initialisers — a new Bouncy Castle provider
  // (tens of milliseconds of CPU) each time a bean holding a reference to it was created.
  private static final Provider PROVIDER = new BouncyCastleProvider();
  private final Clock clock = Clock.systemUTC();
  private static final SecureRandom RANDOM = new SecureRandom();
  private volatile Map<CaName, CaMaterial> cas;
  private volatile HierarchyFactory factory;
  private volatile Duration statusValidity;
  private volatile StatusUrls urls;

  @PostConstruct
  void start() {
    CaSettings settings = CaSettings.fromSystem();
    char[] password = settings.keyStorePassword();
    try {
      urls = new StatusUrls(settings.publicBaseUrl());
      statusValidity = settings.crlValidity();
      factory = new HierarchyFactory(PROVIDER, clock, RANDOM, urls);
      SealedKeyStore keyStore = new SealedKeyStore(PROVIDER, "CA");
      Optional<HierarchyStore.Stored> stored = store.load();
      if (stored.isEmpty()) {
        NewHierarchy created = factory.create(settings.suite());
        byte[] sealed = keyStore.seal(created.keyStoreEntries(), password);
        if (store.create(created, sealed, statusValidity, PROVIDER, clock)) {
          cas = created.authorities();
          LOG.info(
              () ->
                  "CA hierarchy created: "
                      + cas.size()
                      + " CAs in suite "
                      + settings.suite().id()
                      + ", status URLs under "
                      + settings.publicBaseUrl());
          return;
        }
        stored = store.load();
      }
      HierarchyStore.Stored s = stored.orElseThrow();
      cas =
          new HierarchyLoader(PROVIDER, factory)
              .load(s.authorities(), keyStore.open(s.keyStore(), password));
      if (!settings.suite().id().equals(s.suite())) {
        LOG.warning(
            () ->
                "agentset.ca.suite is "
                    + settings.suite().id()
                    + " but the hierarchy was created in "
                    + s.suite()
                    + "; it keeps its keys");
      }
      LOG.info(() -> "CA hierarchy loaded: " + cas.size() + " CAs in suite " + s.suite());
    } finally {
      java.util.Arrays.fill(password, '\0');
      settings.wipe();
    }
  }

  /** The material of {@code name}. */
  public CaMaterial material(CaName name) {
    return cas.get(name);
  }

  /** Every CA, root first. */
  public List<CaMaterial> all() {
    return List.of(CaName.values()).stream().map(cas::get).toList();
  }

  public Provider provider() {
    return PROVIDER;
  }

  public Clock clock() {
    return clock;
  }

  public SecureRandom random() {
    return RANDOM;
  }

  /** Validity of every CRL and BrandCRLIdentifier. */
  public Duration statusValidity() {
    return statusValidity;
  }

  public StatusUrls urls() {
    return urls;
  }

  /** The issuer all of this hierarchy's CAs sign certificates with. */
  public SetCertificateIssuer issuer() {
    return factory.issuer();
  }
}
