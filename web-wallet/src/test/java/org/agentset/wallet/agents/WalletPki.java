package org.agentset.wallet.agents;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.KeyCredential;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A P-256 AgentSET hierarchy for the wallet's tests, shaped like the CA's: root, brand, geo, the
 * communication CA (cardholder-CA profile) issuing the wallet's certificate and customer-agent
 * certificates named as the CA names them (CN = agent id, SERIALNUMBER = "wallet &lt;serial&gt;"),
 * and a merchant CA issuing merchants' signature certificates; CRLs of every CA.
 */
public final class WalletPki {

  public static final Provider BC = new BouncyCastleProvider();
  public static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  public static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  private static WalletPki shared;

  private final SetCertificateIssuer issuer;
  private final CaCredential rootCa;
  private final CaCredential brandCa;
  private final CaCredential geoCa;
  public final CaCredential commCa;
  public final CaCredential merchantCa;
  public final X509Certificate root;
  public final X509Certificate brand;
  public final X509Certificate geo;
  public final KeyPair walletKeys;
  public final X509Certificate wallet;

  public static synchronized WalletPki shared() {
    if (shared == null) {
      shared = new WalletPki();
    }
    return shared;
  }

  public WalletPki() {
    issuer =
        new SetCertificateIssuer(
            BC,
            Clock.fixed(T0, ZoneOffset.UTC),
            new SecureRandom(),
            new SetQualifier("AgentSET wallet test hierarchy", "https://ca.agentset.test/p", null));
    KeyPair r = p256();
    root =
        issuer.issueRoot(
            CertificateSpec.root(dn("Root"), r.getPublic(), p256().getPublic())
                .validity(Duration.ofDays(3650)),
            r);
    rootCa = new CaCredential(root, r.getPrivate(), uri("root"));
    KeyPair b = p256();
    brand =
        issuer.issue(
            CertificateSpec.brand(dn("Brand"), b.getPublic()).validity(Duration.ofDays(3000)),
            rootCa);
    brandCa = new CaCredential(brand, b.getPrivate(), uri("brand"));
    KeyPair g = p256();
    geo =
        issuer.issue(
            CertificateSpec.geoPolitical(dn("Geo"), g.getPublic()).validity(Duration.ofDays(2000)),
            brandCa);
    geoCa = new CaCredential(geo, g.getPrivate(), uri("geo"));
    KeyPair c = p256();
    commCa =
        new CaCredential(
            issuer.issue(
                CertificateSpec.cardholderCa(dn("AgentSET Communication CA"), c.getPublic())
                    .validity(Duration.ofDays(1500)),
                geoCa),
            c.getPrivate(),
            uri("communication"));
    KeyPair m = p256();
    merchantCa =
        new CaCredential(
            issuer.issue(
                CertificateSpec.merchantCa(dn("Merchant CA"), m.getPublic())
                    .validity(Duration.ofDays(1500)),
                geoCa),
            m.getPrivate(),
            uri("merchant"));
    walletKeys = p256();
    wallet =
        issuer.issue(
            CertificateSpec.wallet(dn("Ada Lovelace"), walletKeys.getPublic())
                .validity(Duration.ofDays(700)),
            commCa);
  }

  /**
   * A card as enrolment leaves it (certificate, CardSecret, PANSecret present), for tests that need
   * the wallet ready to pay but do not pay (the credential is not a real cardholder one).
   */
  public static org.agentset.wallet.model.Card enrolledCard() {
    return new org.agentset.wallet.model.Card(
            "card-1",
            "4111111111111111",
            java.time.YearMonth.of(2030, 12),
            "Ada Lovelace",
            java.util.Optional.empty())
        .enrolled(
            new KeyCredential(Bytes.of(new byte[] {1}), List.of(Bytes.of(new byte[] {2}))),
            Bytes.of(new byte[20]),
            Bytes.of(new byte[32]));
  }

  /** The wallet's credential as the wallet file keeps it. */
  public KeyCredential walletCredential() {
    return credential(walletKeys, wallet, commCa.certificate());
  }

  public CommKeys walletKeys() {
    return CommKeys.of(walletCredential(), SUITES, BC);
  }

  /**
   * An agent certificate for {@code agentId} authorised by the wallet with serial {@code wallet}.
   */
  public Party agent(String agentId, X509Certificate authorisingWallet) {
    KeyPair k = p256();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "NL")
            .addRDN(BCStyle.O, "AgentSET")
            .addRDN(BCStyle.OU, "Customer agent")
            .addRDN(BCStyle.CN, agentId)
            .addRDN(
                BCStyle.SERIALNUMBER, "wallet " + authorisingWallet.getSerialNumber().toString(16))
            .build();
    X509Certificate cert =
        issuer.issue(
            CertificateSpec.customerAgent(subject, k.getPublic()).validity(Duration.ofDays(300)),
            commCa);
    return new Party(k, cert, commCa.certificate());
  }

  /** A customer-agent certificate for an existing key, as the CA issues it. */
  public Party agentFor(String agentId, KeyPair k, X509Certificate authorisingWallet) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "NL")
            .addRDN(BCStyle.O, "AgentSET")
            .addRDN(BCStyle.OU, "Customer agent")
            .addRDN(BCStyle.CN, agentId)
            .addRDN(
                BCStyle.SERIALNUMBER, "wallet " + authorisingWallet.getSerialNumber().toString(16))
            .build();
    X509Certificate cert =
        issuer.issue(
            CertificateSpec.customerAgent(subject, k.getPublic()).validity(Duration.ofDays(300)),
            commCa);
    return new Party(k, cert, commCa.certificate());
  }

  /** The CA certificates as the CA publishes them, root first. */
  public List<X509Certificate> caCertificates() {
    return List.of(root, brand, geo, commCa.certificate(), merchantCa.certificate());
  }

  /** The CRL of {@code name} (root, brand, geo, merchant, communication) at {@code clock}. */
  public X509CRL crl(String name, Clock clock, BigInteger... revoked) {
    CaCredential ca =
        switch (name) {
          case "root" -> rootCa;
          case "brand" -> brandCa;
          case "geo" -> geoCa;
          case "merchant" -> merchantCa;
          case "communication" -> commCa;
          default -> null;
        };
    if (ca == null) {
      return null;
    }
    Clock crlClock = Clock.fixed(clock.instant().minusSeconds(60), ZoneOffset.UTC);
    List<SetCrlIssuer.Revocation> list = new ArrayList<>();
    for (BigInteger s : revoked) {
      list.add(new SetCrlIssuer.Revocation(s, crlClock.instant(), 1));
    }
    return new SetCrlIssuer(BC, crlClock)
        .issue(ca, BigInteger.valueOf(crlClock.millis()), Duration.ofDays(7), list);
  }

  /** A merchant's signature certificate. */
  public Party merchant(String name) {
    KeyPair k = p256();
    X509Certificate cert =
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn(name),
                k.getPublic(),
                new MerchantData(
                    "MER-" + Math.abs(name.hashCode() % 100000),
                    "412345",
                    List.of(new MerNames("en", name, "Groningen", null, "9712 AB", "Netherlands")),
                    978,
                    true)),
            merchantCa);
    return new Party(k, cert, merchantCa.certificate());
  }

  /** A key pair with its certificate and issuing CA. */
  public final class Party {
    public final KeyPair keys;
    public final X509Certificate certificate;
    public final X509Certificate ca;

    Party(KeyPair keys, X509Certificate certificate, X509Certificate ca) {
      this.keys = keys;
      this.certificate = certificate;
      this.ca = ca;
    }

    public Signer signer() {
      return Signer.withCertificate(
          SUITES.p256(),
          keys,
          WalletPki.holder(certificate),
          List.of(
              WalletPki.holder(certificate),
              WalletPki.holder(ca),
              WalletPki.holder(geo),
              WalletPki.holder(brand)));
    }

    public X509CertificateHolder holder() {
      return WalletPki.holder(certificate);
    }
  }

  /** Trust in this hierarchy at {@code clock}, the communication CA revoking {@code revoked}. */
  public TrustMaterial trust(Clock clock, BigInteger... revoked) {
    Clock crlClock = Clock.fixed(clock.instant().minusSeconds(60), ZoneOffset.UTC);
    SetCrlIssuer crls = new SetCrlIssuer(BC, crlClock);
    List<X509CRL> set = new ArrayList<>();
    for (CaCredential ca : List.of(rootCa, brandCa, geoCa, merchantCa)) {
      set.add(crls.issue(ca, BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    List<SetCrlIssuer.Revocation> revocations = new ArrayList<>();
    for (BigInteger s : revoked) {
      revocations.add(new SetCrlIssuer.Revocation(s, crlClock.instant(), 1));
    }
    X509CRL comm = crls.issue(commCa, BigInteger.TWO, Duration.ofDays(7), revocations);
    return trust(clock, set, Optional.of(comm));
  }

  /** Trust without the communication CA's CRL. */
  public TrustMaterial trustWithoutCommunicationCrl(Clock clock) {
    SetCrlIssuer crls =
        new SetCrlIssuer(BC, Clock.fixed(clock.instant().minusSeconds(60), ZoneOffset.UTC));
    List<X509CRL> set = new ArrayList<>();
    for (CaCredential ca : List.of(rootCa, brandCa, geoCa, merchantCa)) {
      set.add(crls.issue(ca, BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    return trust(clock, set, Optional.empty());
  }

  private TrustMaterial trust(Clock clock, List<X509CRL> set, Optional<X509CRL> comm) {
    return new TrustMaterial() {
      @Override
      public SetPathValidator validator() {
        return new SetPathValidator(BC, clock, List.of(root));
      }

      @Override
      public RevocationData revocation() {
        return RevocationData.crlsOnly(set);
      }

      @Override
      public Optional<X509CRL> crlOf(X509Certificate issuer) {
        return comm.filter(
            c -> c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()));
      }
    };
  }

  private KeyCredential credential(KeyPair keys, X509Certificate leaf, X509Certificate ca) {
    try {
      return new KeyCredential(
          Bytes.of(keys.getPrivate().getEncoded()),
          List.of(
              Bytes.of(leaf.getEncoded()),
              Bytes.of(ca.getEncoded()),
              Bytes.of(geo.getEncoded()),
              Bytes.of(brand.getEncoded())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static X509CertificateHolder holder(X509Certificate c) {
    try {
      return new X509CertificateHolder(c.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }

  private static URI uri(String ca) {
    return URI.create("http://ca.agentset.test/ca/pki/crl/" + ca + ".crl");
  }

  public static KeyPair p256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("P-256"), new SecureRandom());
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
