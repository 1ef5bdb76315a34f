package org.agentset.ca.reg;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.ca.app.CaKeyRing;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.IssuanceService;
import org.agentset.ca.comm.RegistrationLog;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.Serials;
import org.agentset.db.ca.RegistrationRequest;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.reg.Answer;
import org.agentset.set.reg.CaKeys;
import org.agentset.set.reg.EntityKind;
import org.agentset.set.reg.RegistrationAuthority;

/**
 * Answers one SET registration message ({@code POST /ca/set}) in one transaction: set-core's {@link
 * RegistrationAuthority} over the CA's keys and {@link SchemaRegistrationPolicy}. A CertReq or
 * CertInqReq outcome is recorded in {@code registration_request} with the issuance; a refused
 * message rolls the transaction back (nothing issued, no RRPID kept) and its refusal is recorded in
 * a transaction of its own, as is a CertReq whose card's issuer refused the CardSecret of the
 * certificate just issued (that issuance is rolled back).
 */
@Stateless
@PermitAll
public class SetRegistrationService {

  /** Oldest accepted message (header and signed date). */
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  /** Largest clock skew accepted from a sender. */
  static final Duration MAX_SKEW = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private CaKeyRing ring;

  @EJB private IssuanceService issuance;

  @EJB private CertificateQueries queries;

  @EJB private RegistrationLog log;

  @Resource private SessionContext session;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  /** The response to {@code request} (a DER MessageWrapper), from {@code origin}. */
  public byte[] answer(byte[] request, String origin) {
    AlgorithmSuite suite = suite();
    PartyContext context =
        new PartyContext(
            suite,
            ring.random(),
            new Freshness(ring.clock(), MAX_AGE, MAX_SKEW),
            new CertificateTrust(
                ring.provider(),
                new SetPathValidator(ring.provider(), ring.clock(), List.of(root())),
                () -> org.agentset.set.cert.RevocationData.crlsOnly(List.of()),
                List.of()),
            new DatabaseReplayStore(em, ring.clock().instant()),
            "AgentSET-CA/1");
    Map<EntityKind, CaKeys> keys = new EnumMap<>(EntityKind.class);
    keys.put(EntityKind.CARDHOLDER, keys(CaName.CARDHOLDER));
    keys.put(EntityKind.MERCHANT, keys(CaName.MERCHANT));
    keys.put(EntityKind.GATEWAY, keys(CaName.GATEWAY));
    RegistrationAuthority authority =
        new RegistrationAuthority(
            context,
            CaName.BRAND_ID,
            keys,
            new SchemaRegistrationPolicy(
                em,
                issuance,
                queries,
                ring.clock(),
                CaName.BRAND_ID,
                new IssuerDesk(bank, session::setRollbackOnly)),
            sessionKey(),
            RegistrationAuthority.DEFAULT_SESSION_LIFETIME);
    Answer a = authority.answer(request);
    record(a, request, origin);
    return a.response();
  }

  private void record(Answer a, byte[] request, String origin) {
    byte[] hash = sha256(request);
    String kind = a.kind() == null ? "UNKNOWN" : a.kind().name();
    String requester = a.requester();
    switch (a.outcome()) {
      case REFUSED -> {
        session.setRollbackOnly();
        log.refused(
            kind,
            origin,
            requester,
            hash,
            a.request()
                + " refused: "
                + a.refusal().refusal()
                + " ("
                + a.refusal().errorCode()
                + ") at "
                + a.refusal().field(),
            ring.clock().instant());
      }
      case ISSUED -> {
        String serials =
            a.issued().stream()
                .map(c -> Serials.of(c.getSerialNumber()))
                .collect(Collectors.joining(", "));
        boolean first = log.issuedFor(hash).isEmpty();
        em.persist(
            new RegistrationRequest(
                kind,
                ring.clock().instant(),
                origin,
                requester,
                first ? hash : sha256(concat(hash, serials)),
                "ISSUED",
                a.request() + ": issued " + serials,
                Serials.of(a.issued().get(0).getSerialNumber())));
      }
      case PENDED, IN_PROGRESS ->
          em.persist(
              new RegistrationRequest(
                  kind,
                  ring.clock().instant(),
                  origin,
                  requester,
                  hash,
                  "PENDING",
                  a.request() + ": " + a.status(),
                  null));
      case REJECTED -> {
        if (session.getRollbackOnly()) {
          // the card's issuer refused a certificate just issued: its issuance is undone
          log.refused(
              kind,
              origin,
              requester,
              hash,
              a.request() + ": " + a.status(),
              ring.clock().instant());
        } else {
          em.persist(
              new RegistrationRequest(
                  kind,
                  ring.clock().instant(),
                  origin,
                  requester,
                  hash,
                  "REFUSED",
                  a.request() + ": " + a.status(),
                  null));
        }
      }
      case ANSWERED -> {
        // initiation and form requests change nothing and are not recorded
      }
    }
  }

  private CaKeys keys(CaName name) {
    CaMaterial m = ring.material(name);
    List<X509Certificate> upper = m.chain().subList(1, m.chain().size() - 1);
    CaMaterial.KeyedCertificate s = m.messageKey().orElseThrow();
    CaMaterial.KeyedCertificate e = m.exchangeKey().orElseThrow();
    return new CaKeys(
        new Credential(
            new KeyPair(s.certificate().getPublicKey(), s.privateKey()), s.certificate(), upper),
        new Credential(
            new KeyPair(e.certificate().getPublicKey(), e.privateKey()), e.certificate(), upper),
        m.chain().subList(0, m.chain().size() - 1));
  }

  private X509Certificate root() {
    List<X509Certificate> chain = ring.material(CaName.ROOT).chain();
    return chain.get(chain.size() - 1);
  }

  private AlgorithmSuite suite() {
    String algorithm = ring.material(CaName.CARDHOLDER).certificate().getPublicKey().getAlgorithm();
    try {
      return new AlgorithmSuites(ring.provider(), ring.random())
          .forName(algorithm.startsWith("RSA") ? "rsa" : "p256");
    } catch (SetCryptoException e) {
      throw new IllegalStateException("the CA's suite is unknown to set-core", e);
    }
  }

  /**
   * The key authenticating registration sessions (LID-CA, Chall-CA): HMAC-SHA256 under the
   * cardholder CA's key-exchange private key, so it is secret, stable across restarts and never
   * stored.
   */
  private byte[] sessionKey() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              ring.material(CaName.CARDHOLDER)
                  .exchangeKey()
                  .orElseThrow()
                  .privateKey()
                  .getEncoded(),
              "HmacSHA256"));
      return mac.doFinal(
          "AgentSET registration sessions v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, String b) {
    byte[] bb = b.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(a, a.length + bb.length);
    System.arraycopy(bb, 0, out, a.length, bb.length);
    return out;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
