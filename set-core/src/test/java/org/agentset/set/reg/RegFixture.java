package org.agentset.set.reg;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.asn1.reg.AcquirerID;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.MerchantAcquirerID;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A whole registration setting, container-free: a p256 hierarchy with the three registration CAs'
 * message keys, a {@link RegistrationAuthority} over an in-memory {@link RegistrationPolicy}
 * (forms, the brand's BINs, acquirer registrations, the never-twice key registry, pending
 * requests), and client contexts trusting the root. Public for set-bench's registration benchmark
 * ({@link #merchantCertReq()}, {@link #cardholderCertReq()}, {@link #answer(byte[])}).
 */
public final class RegFixture {

  static final Provider BC = new BouncyCastleProvider();
  static final String BRAND = "AgentCard";
  static final String PAN = "4111111111111111";
  static final YearMonth EXPIRY = YearMonth.of(2035, 12);
  static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

  /** A clock tests can move. */
  static final class MovableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovableClock clock = new MovableClock();
  final SecureRandom random = new SecureRandom();
  final AlgorithmSuite suite = new AlgorithmSuites(BC, random).p256();
  final Map<String, KeyPair> keys = new HashMap<>();
  final Map<String, X509Certificate> certs = new LinkedHashMap<>();
  final Map<String, CaCredential> cas = new HashMap<>();
  final List<X509CRL> crls = new ArrayList<>();
  final SetCertificateIssuer issuer;
  final Policy policy = new Policy();
  final InMemoryReplayStore caReplay = new InMemoryReplayStore(clock);
  RegistrationAuthority authority;

  public RegFixture() {
    Clock issueClock = Clock.fixed(T0.minus(Duration.ofDays(1)), ZoneOffset.UTC);
    issuer =
        new SetCertificateIssuer(
            BC, issueClock, random, new SetQualifier("AgentSET registration tests", null, null));
    for (String ca : List.of("root", "brand", "geo", "cca", "mca", "pca")) {
      keys.put(ca, suite.generateKeyPair(KeyPurpose.SIGNATURE));
    }
    certs.put(
        "root",
        issuer.issueRoot(
            CertificateSpec.root(
                    dn("Root"),
                    keys.get("root").getPublic(),
                    suite.generateKeyPair(KeyPurpose.SIGNATURE).getPublic())
                .validity(Duration.ofDays(3650)),
            keys.get("root")));
    ca("root");
    certs.put(
        "brand",
        issuer.issue(
            CertificateSpec.brand(dn("Brand"), keys.get("brand").getPublic())
                .validity(Duration.ofDays(3000)),
            cas.get("root")));
    ca("brand");
    certs.put(
        "geo",
        issuer.issue(
            CertificateSpec.geoPolitical(dn("Geo"), keys.get("geo").getPublic())
                .validity(Duration.ofDays(2500)),
            cas.get("brand")));
    ca("geo");
    certs.put("cca", tier(CertificateSpec.cardholderCa(dn("CCA"), keys.get("cca").getPublic())));
    certs.put("mca", tier(CertificateSpec.merchantCa(dn("MCA"), keys.get("mca").getPublic())));
    certs.put("pca", tier(CertificateSpec.gatewayCa(dn("PCA"), keys.get("pca").getPublic())));
    for (String ca : List.of("cca", "mca", "pca")) {
      ca(ca);
    }
    messageKey("cca", "sig", CertificateProfile.CARDHOLDER_CA_SIGNATURE, KeyPurpose.SIGNATURE);
    messageKey("cca", "kx", CertificateProfile.CARDHOLDER_CA_KEY_EXCHANGE, KeyPurpose.KEY_EXCHANGE);
    messageKey("mca", "sig", CertificateProfile.MERCHANT_CA_SIGNATURE, KeyPurpose.SIGNATURE);
    messageKey("mca", "kx", CertificateProfile.MERCHANT_CA_KEY_EXCHANGE, KeyPurpose.KEY_EXCHANGE);
    messageKey("pca", "sig", CertificateProfile.GATEWAY_CA_SIGNATURE, KeyPurpose.SIGNATURE);
    messageKey("pca", "kx", CertificateProfile.GATEWAY_CA_KEY_EXCHANGE, KeyPurpose.KEY_EXCHANGE);
    SetCrlIssuer crlIssuer = new SetCrlIssuer(BC, issueClock);
    for (String ca : List.of("root", "brand", "geo", "mca", "pca")) {
      crls.add(crlIssuer.issue(cas.get(ca), BigInteger.ONE, Duration.ofDays(30), List.of()));
    }
    authority = authority(caReplay);
  }

  /** The CA answers {@code request}. */
  public Answer answer(byte[] request) {
    return authority.answer(request);
  }

  /** A fresh merchant CertReq for nordlicht-books with new keys (its form asked of the CA). */
  public byte[] merchantCertReq() throws Exception {
    MerchantRegistration m = new MerchantRegistration(context(), merchant("NLB-0001"), BRAND, "en");
    Step init = m.initiate();
    Step form = m.readForm(init, answer(init.message()).response());
    return m.requestCertificates(
            form,
            java.util.Map.of(RegistrationForms.ENROLMENT_CODE, "NB-7Q4M-2026"),
            signatureKey(),
            exchangeKey())
        .message();
  }

  /** A fresh cardholder CertReq for the test card with a new key (its form asked of the CA). */
  public byte[] cardholderCertReq() throws Exception {
    CardholderRegistration c = new CardholderRegistration(context(), BRAND, PAN, EXPIRY, "en");
    Step s1 = c.initiate();
    Step s2 = c.requestForm(s1, answer(s1.message()).response());
    Step form = c.readForm(s2, answer(s2.message()).response());
    return c.requestCertificate(
            form,
            java.util.Map.of(RegistrationForms.CARDHOLDER_NAME, "Ada Lovelace"),
            signatureKey())
        .message();
  }

  RegistrationAuthority authority(InMemoryReplayStore replay) {
    Map<EntityKind, CaKeys> keysByKind = new EnumMap<>(EntityKind.class);
    keysByKind.put(EntityKind.CARDHOLDER, caKeys("cca"));
    keysByKind.put(EntityKind.MERCHANT, caKeys("mca"));
    keysByKind.put(EntityKind.GATEWAY, caKeys("pca"));
    return new RegistrationAuthority(
        context(replay),
        BRAND,
        keysByKind,
        policy,
        HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
        RegistrationAuthority.DEFAULT_SESSION_LIFETIME);
  }

  private CaKeys caKeys(String ca) {
    List<X509Certificate> upper = List.of(certs.get("geo"), certs.get("brand"));
    Credential sig = new Credential(keys.get(ca + "-sig"), certs.get(ca + "-sig"), upper);
    Credential kx = new Credential(keys.get(ca + "-kx"), certs.get(ca + "-kx"), upper);
    return new CaKeys(sig, kx, List.of(certs.get(ca), certs.get("geo"), certs.get("brand")));
  }

  /** A client's context: trusts the root, knows the CRLs, its own replay store. */
  PartyContext context() {
    return context(new InMemoryReplayStore(clock));
  }

  PartyContext context(InMemoryReplayStore replay) {
    SetPathValidator validator = new SetPathValidator(BC, clock, List.of(certs.get("root")));
    return new PartyContext(
        suite,
        random,
        new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
        new CertificateTrust(BC, validator, () -> RevocationData.crlsOnly(crls), List.of()),
        replay,
        "AgentSET-test/1");
  }

  /** A validator at the fixture's clock, for checking what was issued. */
  SetPathValidator validator() {
    return new SetPathValidator(BC, clock, List.of(certs.get("root")));
  }

  KeyPair signatureKey() {
    return suite.generateKeyPair(KeyPurpose.SIGNATURE);
  }

  KeyPair exchangeKey() {
    return suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE);
  }

  static IDData merchant(String merchantId) {
    return IDData.of(
        new MerchantAcquirerID("412345", org.agentset.set.asn1.msg.SetString.of(merchantId, 30)));
  }

  static IDData gateway() {
    return IDData.of(new AcquirerID("412345", null));
  }

  private X509Certificate tier(CertificateSpec spec) {
    return issuer.issue(spec.validity(Duration.ofDays(2000)), cas.get("geo"));
  }

  private void messageKey(String ca, String suffix, CertificateProfile profile, KeyPurpose p) {
    KeyPair k = suite.generateKeyPair(p);
    keys.put(ca + "-" + suffix, k);
    certs.put(
        ca + "-" + suffix,
        issuer.issue(
            CertificateSpec.caMessageKey(
                    profile,
                    X500Name.getInstance(certs.get(ca).getSubjectX500Principal().getEncoded()),
                    k.getPublic())
                .validity(Duration.ofDays(1000)),
            cas.get("geo")));
  }

  private void ca(String role) {
    URI crl =
        "cca".equals(role) ? null : URI.create("http://ca.agentset.test/crl/" + role + ".crl");
    cas.put(role, new CaCredential(certs.get(role), keys.get(role).getPrivate(), crl));
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }

  /** The CA's decisions, in memory. */
  final class Policy implements RegistrationPolicy {
    final Map<String, AcquirerRecord> acquirers = new ConcurrentHashMap<>();
    final Set<String> certifiedKeys = ConcurrentHashMap.newKeySet();
    final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();
    final List<X509Certificate> issued = new ArrayList<>();
    final Set<String> bins = Set.of("411111", "555555");

    /** The CardSecrets the issuer was handed, by card number and certificate serial. */
    final Map<String, byte[]> issuerSecrets = new ConcurrentHashMap<>();

    /** Card numbers the issuer does not know: it refuses their CardSecrets. */
    final Set<String> unknownToIssuer = ConcurrentHashMap.newKeySet();

    Policy() {
      add(
          EntityKind.MERCHANT,
          "nordlicht-books",
          "NLB-0001",
          AcquirerRecord.Status.ACTIVE,
          "NB-7Q4M-2026");
      add(
          EntityKind.MERCHANT,
          "lumen-studio",
          "LUM-0009",
          AcquirerRecord.Status.REVIEW,
          "LS-REVIEW-1");
      add(
          EntityKind.GATEWAY,
          "agentset-gateway",
          null,
          AcquirerRecord.Status.ACTIVE,
          "GW-9K2P-2026");
    }

    void add(EntityKind kind, String ref, String merchantId, AcquirerRecord.Status s, String code) {
      acquirers.put(
          kind + "/" + (merchantId == null ? "" : merchantId),
          new AcquirerRecord(
              kind,
              ref,
              "412345",
              merchantId,
              ref,
              kind == EntityKind.MERCHANT ? "5942" : null,
              "Amsterdam",
              "Netherlands",
              528,
              s,
              code::equals));
    }

    void status(String merchantId, AcquirerRecord.Status s) {
      AcquirerRecord a = acquirers.get(EntityKind.MERCHANT + "/" + merchantId);
      acquirers.put(
          EntityKind.MERCHANT + "/" + merchantId,
          new AcquirerRecord(
              a.kind(),
              a.reference(),
              a.bin(),
              a.merchantId(),
              a.name(),
              a.categoryCode(),
              a.city(),
              a.countryName(),
              a.country(),
              s,
              a.enrolmentCode()));
    }

    @Override
    public RegFormData form(EntityKind kind, String language) {
      Map<String, Boolean> fields = new LinkedHashMap<>();
      if (kind == EntityKind.CARDHOLDER) {
        fields.put(RegistrationForms.CARDHOLDER_NAME, true);
        return RegistrationForms.form(1, "AgentCard cardholder terms", fields);
      }
      fields.put(RegistrationForms.ENROLMENT_CODE, true);
      return RegistrationForms.form(kind == EntityKind.MERCHANT ? 2 : 3, "Acquirer terms", fields);
    }

    @Override
    public Optional<CardVerdict> refuseCard(String pan, YearMonth expiry) {
      if (!bins.contains(pan.substring(0, 6))) {
        return Optional.of(new CardVerdict(CertStatusCode.INVALID_BIN, "Not an AgentCard card."));
      }
      if (!RegistrationForms.luhn(pan)) {
        return Optional.of(
            new CardVerdict(CertStatusCode.REJECTED_BY_ISSUER, "The card number is not valid."));
      }
      if (expiry != null
          && RegistrationForms.expired(
              expiry, YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)))) {
        return Optional.of(new CardVerdict(CertStatusCode.REJECTED_BY_ISSUER, "The card expired."));
      }
      return Optional.empty();
    }

    @Override
    public Optional<AcquirerRecord> acquirer(EntityKind kind, IDData id) {
      String mid =
          id.getMerchantAcquirerId() == null
              ? ""
              : id.getMerchantAcquirerId().getMerchantId().toString();
      String bin =
          id.getMerchantAcquirerId() != null
              ? id.getMerchantAcquirerId().getMerchantBin()
              : id.getAcquirerId().getAcquirerBin();
      return Optional.ofNullable(acquirers.get(kind + "/" + mid)).filter(a -> a.bin().equals(bin));
    }

    @Override
    public boolean certified(PublicKey key) {
      return certifiedKeys.contains(hash(key));
    }

    @Override
    public synchronized X509Certificate issue(
        EntityKind kind, CertificateSpec spec, String requester)
        throws KeyAlreadyCertifiedException {
      if (!certifiedKeys.add(hash(spec.publicKey()))) {
        throw new KeyAlreadyCertifiedException();
      }
      String ca =
          switch (kind) {
            case CARDHOLDER -> "cca";
            case MERCHANT -> "mca";
            case GATEWAY -> "pca";
          };
      X509Certificate c = issuer.issue(spec, cas.get(ca));
      issued.add(c);
      return c;
    }

    @Override
    public Optional<CardVerdict> handToIssuer(
        X509Certificate cardholder, String pan, YearMonth expiry, byte[] cardSecret) {
      if (unknownToIssuer.contains(pan)) {
        issued.remove(cardholder);
        return Optional.of(
            new CardVerdict(CertStatusCode.REJECTED_BY_ISSUER, "The issuer has no such card."));
      }
      issuerSecrets.put(pan + "/" + cardholder.getSerialNumber(), cardSecret.clone());
      return Optional.empty();
    }

    @Override
    public void pend(PendingRequest request) {
      pending.put(HexFormat.of().formatHex(request.lidCa()), request);
    }

    @Override
    public Optional<PendingRequest> pending(byte[] lidCa) {
      return Optional.ofNullable(pending.get(HexFormat.of().formatHex(lidCa)));
    }

    @Override
    public void resolve(byte[] lidCa, List<X509Certificate> issued) {
      PendingRequest p = pending.get(HexFormat.of().formatHex(lidCa));
      pending.put(
          HexFormat.of().formatHex(lidCa),
          new PendingRequest(
              p.lidCa(), p.kind(), p.idData(), p.signatureKey(), p.keyExchangeKey(), issued));
    }

    private String hash(PublicKey key) {
      try {
        return HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
