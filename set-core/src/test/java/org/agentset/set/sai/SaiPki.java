package org.agentset.set.sai;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.cert.BrandCrlIdentifiers;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A small SET hierarchy for the agent-interface tests, issued at {@link #T0}: root, brand,
 * geo-political CA, a cardholder CA issuing the wallet's and two customer agents' communication
 * certificates, and a merchant CA issuing a merchant's signature certificate (plus a second,
 * unrelated merchant). RSA hierarchies reuse the stored RSA-3072 test keys; P-256 ones are fresh.
 */
final class SaiPki {

  static final Provider BC = new BouncyCastleProvider();
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant NOW = T0.plus(Duration.ofDays(1));
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  private static SaiPki rsa;
  private static SaiPki p256;

  final AlgorithmSuite suite;
  final X509Certificate root;
  final X509Certificate brand;
  final X509Certificate geo;
  final X509Certificate cca;
  final X509Certificate mca;
  final KeyPair walletKeys;
  final X509Certificate wallet;
  final KeyPair agentKeys;
  final X509Certificate agent;
  final KeyPair otherAgentKeys;
  final X509Certificate otherAgent;
  final KeyPair merchantKeys;
  final X509Certificate merchant;
  final KeyPair otherMerchantKeys;
  final X509Certificate otherMerchant;
  final List<X509CRL> crls = new ArrayList<>();
  final RevocationData revocation;

  static synchronized SaiPki rsa() {
    if (rsa == null) {
      rsa = new SaiPki(SUITES.rsa(), true);
    }
    return rsa;
  }

  static synchronized SaiPki p256() {
    if (p256 == null) {
      p256 = new SaiPki(SUITES.p256(), false);
    }
    return p256;
  }

  static SaiPki of(String name) {
    return "rsa".equals(name) ? rsa() : p256();
  }

  private SaiPki(AlgorithmSuite suite, boolean rsa) {
    this.suite = suite;
    SetCertificateIssuer issuer =
        new SetCertificateIssuer(
            BC,
            Clock.fixed(T0, ZoneOffset.UTC),
            new SecureRandom(),
            new SetQualifier("AgentSET SAI test hierarchy", "https://ca.agentset.test/p", null));
    KeyPair rootKeys = key(rsa, "root");
    root =
        issuer.issueRoot(
            CertificateSpec.root(
                    dn("Root"), rootKeys.getPublic(), key(rsa, "root-next").getPublic())
                .validity(Duration.ofDays(3650)),
            rootKeys);
    CaCredential rootCa = new CaCredential(root, rootKeys.getPrivate(), uri("root"));
    KeyPair b = key(rsa, "brand");
    brand =
        issuer.issue(
            CertificateSpec.brand(dn("Brand"), b.getPublic()).validity(Duration.ofDays(3000)),
            rootCa);
    CaCredential brandCa = new CaCredential(brand, b.getPrivate(), uri("brand"));
    KeyPair g = key(rsa, "geo");
    geo =
        issuer.issue(
            CertificateSpec.geoPolitical(dn("Geo"), g.getPublic()).validity(Duration.ofDays(2000)),
            brandCa);
    CaCredential geoCa = new CaCredential(geo, g.getPrivate(), uri("geo"));
    KeyPair c = key(rsa, "cca");
    cca =
        issuer.issue(
            CertificateSpec.cardholderCa(dn("Communication CA"), c.getPublic())
                .validity(Duration.ofDays(1500)),
            geoCa);
    CaCredential ccaCa = new CaCredential(cca, c.getPrivate(), uri("cca"));
    KeyPair m = key(rsa, "mca");
    mca =
        issuer.issue(
            CertificateSpec.merchantCa(dn("Merchant CA"), m.getPublic())
                .validity(Duration.ofDays(1500)),
            geoCa);
    CaCredential mcaCa = new CaCredential(mca, m.getPrivate(), uri("mca"));
    walletKeys = key(rsa, "wallet");
    wallet = issuer.issue(CertificateSpec.wallet(dn("Ada Wallet"), walletKeys.getPublic()), ccaCa);
    agentKeys = key(rsa, "cardholder");
    agent =
        issuer.issue(CertificateSpec.customerAgent(dn("agent-1"), agentKeys.getPublic()), ccaCa);
    otherAgentKeys = key(rsa, "ca-msg");
    otherAgent =
        issuer.issue(
            CertificateSpec.customerAgent(dn("agent-2"), otherAgentKeys.getPublic()), ccaCa);
    merchantKeys = key(rsa, "merchant-sig");
    merchant =
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn("Nordlicht Books"), merchantKeys.getPublic(), merchantData("Nordlicht Books")),
            mcaCa);
    otherMerchantKeys = key(rsa, "gateway-sig");
    otherMerchant =
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn("Voltaic Parts"), otherMerchantKeys.getPublic(), merchantData("Voltaic Parts")),
            mcaCa);
    SetCrlIssuer crlIssuer = new SetCrlIssuer(BC, Clock.fixed(T0, ZoneOffset.UTC));
    for (CaCredential ca : List.of(rootCa, brandCa, geoCa, ccaCa, mcaCa)) {
      crls.add(crlIssuer.issue(ca, BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    revocation =
        RevocationData.withBci(
            crls,
            new BrandCrlIdentifiers(BC, Clock.fixed(T0, ZoneOffset.UTC))
                .issue(brandCa, "AgentCard", BigInteger.ONE, Duration.ofDays(7), crls));
  }

  SetPathValidator validator() {
    return new SetPathValidator(BC, CLOCK, List.of(root));
  }

  Signer walletSigner() {
    return signer(walletKeys, wallet, cca);
  }

  Signer agentSigner() {
    return signer(agentKeys, agent, cca);
  }

  Signer otherAgentSigner() {
    return signer(otherAgentKeys, otherAgent, cca);
  }

  Signer merchantSigner() {
    return signer(merchantKeys, merchant, mca);
  }

  Signer otherMerchantSigner() {
    return signer(otherMerchantKeys, otherMerchant, mca);
  }

  /** The chain the signers carry: leaf, issuing CA, geo, brand. */
  List<X509Certificate> path(X509Certificate leaf, X509Certificate ca) {
    return List.of(leaf, ca, geo, brand);
  }

  static X509CertificateHolder holder(X509Certificate c) {
    try {
      return new X509CertificateHolder(c.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Signer signer(KeyPair keys, X509Certificate leaf, X509Certificate ca) {
    return Signer.withCertificate(
        suite, keys, holder(leaf), path(leaf, ca).stream().map(SaiPki::holder).toList());
  }

  private static MerchantData merchantData(String name) {
    return new MerchantData(
        "MER-" + Math.abs(name.hashCode() % 100000),
        "412345",
        List.of(new MerNames("en", name, "Groningen", null, "9712 AB", "Netherlands")),
        528,
        true);
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }

  private static URI uri(String ca) {
    return URI.create("http://ca.agentset.test/crl/" + ca + ".crl");
  }

  private static KeyPair key(boolean rsa, String name) {
    return rsa ? rsa(name) : freshP256();
  }

  static KeyPair freshP256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("P-256"), new SecureRandom());
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa(String name) {
    String path = "/vectors/cert/rsa3072-" + name + ".pem";
    try (Reader r =
            new InputStreamReader(
                SaiPki.class.getResourceAsStream(path), StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      PrivateKeyInfo info = (PrivateKeyInfo) p.readObject();
      RSAPrivateCrtKey priv =
          (RSAPrivateCrtKey) new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
      var pub =
          KeyFactory.getInstance("RSA", BC)
              .generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      return new KeyPair(pub, priv);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + path, e);
    }
  }
}
