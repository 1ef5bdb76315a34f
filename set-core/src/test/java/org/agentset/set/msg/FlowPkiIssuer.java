package org.agentset.set.msg;

import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.asn1.cert.Tunneling;
import org.agentset.set.cert.BrandCrlIdentifiers;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jcajce.spec.MLDSAParameterSpec;

/**
 * Issues a {@link FlowPki} with the certificate layer, as the CA would: run once by {@link
 * FlowVectorGenerator}, whose output the tests load. CAs sign with RSA-3072 (rsa), ECDSA P-256
 * (p256) or ML-DSA-65 (pq-hybrid); end entities hold keys of their suite, for pq-hybrid the
 * composite ML-DSA-65+ECDSA signature key and the ML-KEM-768+X25519 exchange key.
 */
final class FlowPkiIssuer {

  static final SetQualifier QUALIFIER =
      new SetQualifier(
          "AgentSET test hierarchy; not for real payments",
          "https://ca.agentset.test/policy",
          null);
  static final MerchantData MERCHANT =
      new MerchantData(
          "MER-000042",
          "412345",
          List.of(new MerNames("en", "Bolt Books", "Groningen", null, "9712 AB", "Netherlands")),
          528,
          true);

  private FlowPkiIssuer() {}

  static FlowPki issue(String suiteName) throws Exception {
    AlgorithmSuite suite =
        new AlgorithmSuites(FlowPki.BC, new DeterministicRandom("pki/" + suiteName))
            .forName(suiteName);
    Map<String, KeyPair> keys = new LinkedHashMap<>();
    for (String role : FlowPki.CAS) {
      keys.put(role, caKeys(suiteName, role));
    }
    for (String role : FlowPki.LEAVES) {
      keys.put(role, leafKeys(suite, suiteName, role));
    }
    Clock clock = Clock.fixed(FlowPki.T0, ZoneOffset.UTC);
    SetCertificateIssuer issuer =
        new SetCertificateIssuer(
            FlowPki.BC, clock, new DeterministicRandom("serials/" + suiteName), QUALIFIER);
    Map<String, X509Certificate> certs = new LinkedHashMap<>();
    Map<String, CaCredential> cas = new LinkedHashMap<>();
    certs.put(
        "root",
        issuer.issueRoot(
            CertificateSpec.root(
                    dn("AgentSET Root CA"),
                    keys.get("root").getPublic(),
                    caKeys(suiteName, "root-next").getPublic())
                .validity(Duration.ofDays(3650)),
            keys.get("root")));
    ca(cas, certs, keys, "root");
    certs.put(
        "brand",
        issuer.issue(
            CertificateSpec.brand(dn("AgentCard Brand CA"), pub(keys, "brand"))
                .validity(Duration.ofDays(3000)),
            cas.get("root")));
    ca(cas, certs, keys, "brand");
    certs.put(
        "geo",
        issuer.issue(
            CertificateSpec.geoPolitical(dn("AgentCard Europe GCA"), pub(keys, "geo"))
                .validity(Duration.ofDays(2000)),
            cas.get("brand")));
    ca(cas, certs, keys, "geo");
    certs.put(
        "cca",
        issuer.issue(
            CertificateSpec.cardholderCa(dn("AgentCard Cardholder CA"), pub(keys, "cca"))
                .validity(Duration.ofDays(1500)),
            cas.get("geo")));
    certs.put(
        "mca",
        issuer.issue(
            CertificateSpec.merchantCa(dn("AgentCard Merchant CA"), pub(keys, "mca"))
                .validity(Duration.ofDays(1500)),
            cas.get("geo")));
    certs.put(
        "pca",
        issuer.issue(
            CertificateSpec.gatewayCa(dn("AgentCard Gateway CA"), pub(keys, "pca"))
                .validity(Duration.ofDays(1500)),
            cas.get("geo")));
    for (String ca : List.of("cca", "mca", "pca")) {
      ca(cas, certs, keys, ca);
    }
    PanIdentity id =
        PanIdentity.compute(
            PanSecret.derive(FlowPki.CARD_SECRET, FlowPki.CA_NONCE), FlowPki.PAN, FlowPki.EXPIRY);
    certs.put(
        "cardholder",
        issuer.issue(
            CertificateSpec.cardholder(id, "AgentCard", pub(keys, "cardholder"), FlowPki.EXPIRY),
            cas.get("cca")));
    certs.put(
        "merchant-sig",
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn("Bolt Books"), pub(keys, "merchant-sig"), MERCHANT),
            cas.get("mca")));
    certs.put(
        "merchant-kx",
        issuer.issue(
            CertificateSpec.merchantKeyExchange(
                dn("Bolt Books"), pub(keys, "merchant-kx"), MERCHANT),
            cas.get("mca")));
    certs.put(
        "gateway-sig",
        issuer.issue(
            CertificateSpec.gatewaySignature(
                dn("Acquirer Gateway"), pub(keys, "gateway-sig"), true),
            cas.get("pca")));
    certs.put(
        "gateway-kx",
        issuer.issue(
            CertificateSpec.gatewayKeyExchange(
                dn("Acquirer Gateway"),
                pub(keys, "gateway-kx"),
                new Tunneling(true, List.of(NISTObjectIdentifiers.id_aes256_GCM))),
            cas.get("pca")));
    certs.put(
        "wallet",
        issuer.issue(CertificateSpec.wallet(dn("Wallet 7"), pub(keys, "wallet")), cas.get("cca")));
    SetCrlIssuer crlIssuer = new SetCrlIssuer(FlowPki.BC, clock);
    List<X509CRL> crls = new ArrayList<>();
    for (String ca : List.of("root", "brand", "geo", "mca", "pca")) {
      crls.add(crlIssuer.issue(cas.get(ca), BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    BrandCRLIdentifier bci =
        new BrandCrlIdentifiers(FlowPki.BC, clock)
            .issue(cas.get("brand"), "AgentCard", BigInteger.ONE, Duration.ofDays(7), crls);
    return new FlowPki(suiteName, keys, certs, crls, bci);
  }

  private static void ca(
      Map<String, CaCredential> cas,
      Map<String, X509Certificate> certs,
      Map<String, KeyPair> keys,
      String role) {
    URI crl = FlowPki.crlUri(role);
    cas.put(role, new CaCredential(certs.get(role), keys.get(role).getPrivate(), crl));
  }

  private static java.security.PublicKey pub(Map<String, KeyPair> keys, String role) {
    return keys.get(role).getPublic();
  }

  private static KeyPair caKeys(String suite, String role) throws GeneralSecurityException {
    return switch (suite) {
      case "rsa" -> TestRsaKeys.load(role);
      case "p256" -> generate("EC", new java.security.spec.ECGenParameterSpec("P-256"), role);
      default -> generate("ML-DSA-65", MLDSAParameterSpec.ml_dsa_65, role);
    };
  }

  private static KeyPair generate(
      String algorithm, java.security.spec.AlgorithmParameterSpec spec, String role)
      throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm, FlowPki.BC);
    g.initialize(spec, new DeterministicRandom("key/" + algorithm + "/" + role));
    return g.generateKeyPair();
  }

  private static KeyPair leafKeys(AlgorithmSuite suite, String suiteName, String role) {
    if ("rsa".equals(suiteName)) {
      return TestRsaKeys.load(role);
    }
    return suite.generateKeyPair(
        role.endsWith("-kx") ? KeyPurpose.KEY_EXCHANGE : KeyPurpose.SIGNATURE);
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }
}
