package org.agentset.set.cert;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.asn1.cert.Tunneling;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A complete AgentSET PKI for one signature scheme, issued at {@link #T0}: root (committing to a
 * next root), brand, geo-political CA, the three CA tiers, every end entity, the CRLs of every
 * CRL-publishing CA and the brand's BCI. Built once per scheme and shared (everything is
 * immutable).
 */
final class TestPki {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final Clock ISSUE_CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  /** The default validation instant: a day after issuance. */
  static final Clock CHECK_CLOCK = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);

  static final SetQualifier QUALIFIER =
      new SetQualifier(
          "AgentSET test hierarchy; not for real payments",
          "https://ca.agentset.test/policy",
          null);
  static final String PAN = "4111111111111111";
  static final YearMonth EXPIRY = YearMonth.of(2029, 12);
  static final byte[] CARD_SECRET =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f10111213");
  static final byte[] CA_NONCE =
      HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3");

  private static TestPki rsa;
  private static TestPki p256;

  final String name;
  final SetCertificateIssuer issuer;
  final KeyPair rootKeys;
  final KeyPair nextRootKeys;
  final X509Certificate root;
  final X509Certificate brand;
  final X509Certificate geo;
  final X509Certificate cca;
  final X509Certificate mca;
  final X509Certificate pca;
  final X509Certificate cardholder;
  final X509Certificate merchantSig;
  final X509Certificate merchantKx;
  final X509Certificate gatewaySig;
  final X509Certificate gatewayKx;
  final X509Certificate wallet;
  final X509Certificate customerAgent;
  final X509Certificate ccaSig;
  final X509Certificate pcaKx;
  final CaCredential rootCa;
  final CaCredential brandCa;
  final CaCredential geoCa;
  final CaCredential ccaCa;
  final CaCredential mcaCa;
  final CaCredential pcaCa;
  final List<X509CRL> crls;
  final BrandCRLIdentifier bci;

  static synchronized TestPki rsa() {
    if (rsa == null) {
      rsa = new TestPki("rsa", TestKeys::rsa);
    }
    return rsa;
  }

  static synchronized TestPki p256() {
    if (p256 == null) {
      p256 = new TestPki("p256", n -> TestKeys.p256());
    }
    return p256;
  }

  /** A fresh ML-DSA-65 hierarchy (not cached; pq-hybrid signature half). */
  static TestPki mlDsa() {
    return new TestPki("mldsa", n -> TestKeys.mlDsa65());
  }

  interface Keys {
    KeyPair get(String role);
  }

  TestPki(String name, Keys keys) {
    this.name = name;
    this.issuer = new SetCertificateIssuer(TestKeys.BC, ISSUE_CLOCK, new SecureRandom(), QUALIFIER);
    rootKeys = keys.get("root");
    nextRootKeys = keys.get("root-next");
    root =
        issuer.issueRoot(
            CertificateSpec.root(
                    dn("AgentSET Root CA"), rootKeys.getPublic(), nextRootKeys.getPublic())
                .validity(Duration.ofDays(3650)),
            rootKeys);
    rootCa = new CaCredential(root, rootKeys.getPrivate(), uri("root"));
    KeyPair b = keys.get("brand");
    brand =
        issuer.issue(
            CertificateSpec.brand(dn("AgentCard Brand CA"), b.getPublic())
                .validity(Duration.ofDays(3000)),
            rootCa);
    brandCa = new CaCredential(brand, b.getPrivate(), uri("brand"));
    KeyPair g = keys.get("geo");
    geo =
        issuer.issue(
            CertificateSpec.geoPolitical(dn("AgentCard Europe GCA"), g.getPublic())
                .validity(Duration.ofDays(2000)),
            brandCa);
    geoCa = new CaCredential(geo, g.getPrivate(), uri("geo"));
    KeyPair c = keys.get("cca");
    cca =
        issuer.issue(
            CertificateSpec.cardholderCa(dn("AgentCard Cardholder CA"), c.getPublic())
                .validity(Duration.ofDays(1500)),
            geoCa);
    ccaCa = new CaCredential(cca, c.getPrivate(), null);
    KeyPair m = keys.get("mca");
    mca =
        issuer.issue(
            CertificateSpec.merchantCa(dn("AgentCard Merchant CA"), m.getPublic())
                .validity(Duration.ofDays(1500)),
            geoCa);
    mcaCa = new CaCredential(mca, m.getPrivate(), uri("mca"));
    KeyPair p = keys.get("pca");
    pca =
        issuer.issue(
            CertificateSpec.gatewayCa(dn("AgentCard Gateway CA"), p.getPublic())
                .validity(Duration.ofDays(1500)),
            geoCa);
    pcaCa = new CaCredential(pca, p.getPrivate(), uri("pca"));

    PanIdentity id = PanIdentity.compute(PanSecret.derive(CARD_SECRET, CA_NONCE), PAN, EXPIRY);
    cardholder =
        issuer.issue(
            CertificateSpec.cardholder(id, "AgentCard", keys.get("cardholder").getPublic(), EXPIRY),
            ccaCa);
    MerchantData md =
        new MerchantData(
            "MER-000042",
            "412345",
            List.of(new MerNames("en", "Bolt Books", "Groningen", null, "9712 AB", "Netherlands")),
            528,
            true);
    merchantSig =
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn("Bolt Books"), keys.get("merchant-sig").getPublic(), md),
            mcaCa);
    merchantKx =
        issuer.issue(
            CertificateSpec.merchantKeyExchange(dn("Bolt Books"), kx(keys, "merchant-kx"), md),
            mcaCa);
    gatewaySig =
        issuer.issue(
            CertificateSpec.gatewaySignature(
                dn("Acquirer Gateway"), keys.get("gateway-sig").getPublic(), true),
            pcaCa);
    gatewayKx =
        issuer.issue(
            CertificateSpec.gatewayKeyExchange(
                dn("Acquirer Gateway"),
                kx(keys, "gateway-kx"),
                new Tunneling(true, List.of(NISTObjectIdentifiers.id_aes256_GCM))),
            pcaCa);
    // an ML-DSA key cannot receive payment starts, as a wallet's key must (COMMUNICATION)
    wallet =
        name.equals("mldsa")
            ? null
            : issuer.issue(
                CertificateSpec.wallet(dn("Wallet 7"), keys.get("wallet").getPublic()), ccaCa);
    customerAgent =
        issuer.issue(
            CertificateSpec.customerAgent(dn("Customer Agent 7"), keys.get("wallet").getPublic()),
            ccaCa);
    ccaSig =
        issuer.issue(
            CertificateSpec.caMessageKey(
                CertificateProfile.CARDHOLDER_CA_SIGNATURE,
                dn("AgentCard Cardholder CA"),
                keys.get("ca-msg").getPublic()),
            geoCa);
    pcaKx =
        issuer.issue(
            CertificateSpec.caMessageKey(
                CertificateProfile.GATEWAY_CA_KEY_EXCHANGE,
                dn("AgentCard Gateway CA"),
                kx(keys, "ca-msg")),
            geoCa);

    SetCrlIssuer crlIssuer = new SetCrlIssuer(TestKeys.BC, ISSUE_CLOCK);
    crls = new ArrayList<>();
    for (CaCredential ca : List.of(rootCa, brandCa, geoCa, mcaCa, pcaCa)) {
      crls.add(crlIssuer.issue(ca, BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    bci =
        new BrandCrlIdentifiers(TestKeys.BC, ISSUE_CLOCK)
            .issue(brandCa, "AgentCard", BigInteger.ONE, Duration.ofDays(7), crls);
  }

  /**
   * Key-exchange keys: the RSA vectors as they are; for non-RSA schemes an EC P-256 key (ML-DSA
   * cannot exchange).
   */
  private static java.security.PublicKey kx(Keys keys, String role) {
    KeyPair k = keys.get(role);
    return k.getPublic().getAlgorithm().startsWith("ML-DSA")
        ? TestKeys.p256().getPublic()
        : k.getPublic();
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }

  private static URI uri(String ca) {
    return URI.create("http://ca.agentset.test/crl/" + ca + ".crl");
  }

  SetPathValidator validator() {
    return new SetPathValidator(TestKeys.BC, CHECK_CLOCK, List.of(root));
  }

  SetPathValidator validator(Clock clock) {
    return new SetPathValidator(TestKeys.BC, clock, List.of(root));
  }

  RevocationData revocation() {
    return RevocationData.withBci(crls, bci);
  }

  /** The chain for {@code leaf} issued by the cardholder/merchant/gateway CA, root excluded. */
  List<X509Certificate> chain(X509Certificate leaf, X509Certificate ca) {
    return List.of(leaf, ca, geo, brand);
  }

  static Supplier<TestPki> of(String scheme) {
    return "rsa".equals(scheme) ? TestPki::rsa : TestPki::p256;
  }
}
