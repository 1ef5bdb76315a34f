package org.agentset.gateway.app;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.agentset.db.gateway.GatewayKeyStore;
import org.agentset.set.cert.SealedKeyStore;

/**
 * The gateway's own keys, kept sealed in {@code gateway.key_store}: generated on first use (never
 * during deployment), opened with the configured password, and certified by installing the CA's
 * certificates for the two PKCS#10 requests ({@link #certificationRequests}). The password is read,
 * used and wiped; it is never logged. Without a configured password the gateway holds no keys and
 * answers SET messages with unsigned Errors.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GatewayKeyRing {

  private static final Logger LOG = Logger.getLogger(GatewayKeyRing.class.getName());

  /** The two PEM certification requests. */
  public record Requests(String signature, String keyExchange) {}

  @PersistenceContext(unitName = "gateway")
  private EntityManager em;

  @EJB private GatewayEngine engine;

  private volatile KeyMaterial keys;

  /** The keys, generated and stored on first use; empty when no password is configured. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<KeyMaterial> keys() {
    KeyMaterial k = keys;
    if (k != null) {
      return Optional.of(k);
    }
    synchronized (this) {
      if (keys != null) {
        return Optional.of(keys);
      }
      char[] password = engine.settings().keyStorePassword();
      if (password == null) {
        return Optional.empty();
      }
      try {
        GatewayKeyStore row = em.find(GatewayKeyStore.class, GatewayKeyStore.ID);
        if (row == null) {
          k = KeyMaterial.generate(engine.provider(), engine.clock(), engine.suite());
          em.persist(
              new GatewayKeyStore(SealedKeyStore.TYPE, k.seal(password), engine.clock().instant()));
          em.flush();
          LOG.info("Gateway keys generated; waiting for their certificates from the CA");
        } else {
          k = KeyMaterial.open(engine.provider(), engine.clock(), row.getContent(), password);
        }
        keys = k;
        return Optional.of(k);
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  /** The PKCS#10 requests the CA certifies the two keys from. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Requests> certificationRequests() {
    return keys()
        .map(k -> new Requests(k.certificationRequest(true), k.certificationRequest(false)));
  }

  /**
   * Installs the CA's certificates for the two keys.
   *
   * @throws IllegalArgumentException when a certificate certifies another key
   * @throws IllegalStateException when the gateway has no keys (no password configured)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public synchronized KeyMaterial install(X509Certificate signature, X509Certificate keyExchange) {
    KeyMaterial k =
        keys().orElseThrow(() -> new IllegalStateException("no key-store password configured"));
    KeyMaterial certified = k.certified(signature, keyExchange);
    char[] password = engine.settings().keyStorePassword();
    try {
      GatewayKeyStore row = em.find(GatewayKeyStore.class, GatewayKeyStore.ID);
      row.replace(
          certified.seal(password),
          KeyMaterial.pem(signature) + KeyMaterial.pem(keyExchange),
          engine.clock().instant());
    } finally {
      Arrays.fill(password, '\0');
    }
    keys = certified;
    LOG.info(
        () ->
            "Gateway certificates installed: signature serial "
                + signature.getSerialNumber().toString(16)
                + ", key exchange serial "
                + keyExchange.getSerialNumber().toString(16));
    return certified;
  }

  /** Replaces the keys with ones certified by SET registration ({@link SetEnrolment}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public synchronized void installEnrolled(KeyMaterial enrolled) {
    if (certified()) {
      LOG.info("Gateway enrolment finished after an operator installed certificates; kept those");
      return;
    }
    char[] password = engine.settings().keyStorePassword();
    if (password == null) {
      throw new IllegalStateException("no key-store password configured");
    }
    try {
      byte[] sealed = enrolled.seal(password);
      String pem =
          KeyMaterial.pem(enrolled.certificate(true))
              + KeyMaterial.pem(enrolled.certificate(false));
      GatewayKeyStore row = em.find(GatewayKeyStore.class, GatewayKeyStore.ID);
      if (row == null) {
        row = new GatewayKeyStore(SealedKeyStore.TYPE, sealed, engine.clock().instant());
        em.persist(row);
      }
      row.replace(sealed, pem, engine.clock().instant());
    } finally {
      Arrays.fill(password, '\0');
    }
    keys = enrolled;
    LOG.info("Gateway enrolled with the CA by SET registration");
  }

  /** Whether the keys in use are certified. */
  public boolean certified() {
    KeyMaterial k = keys().orElse(null);
    return k != null && k.isCertified();
  }

  /** The gateway's own certificates (signature first), when certified. */
  public List<X509Certificate> certificates() {
    KeyMaterial k = keys().orElse(null);
    if (k == null || !k.isCertified()) {
      return List.of();
    }
    return List.of(k.certificate(true), k.certificate(false));
  }
}
