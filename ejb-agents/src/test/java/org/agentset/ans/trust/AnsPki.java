package org.agentset.ans.trust;

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
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SetCrlIssuer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A small AgentSET hierarchy like the CA's (root, brand, geo-political, communication CA), with two
 * wallets (one revoked), a customer-agent issuer path and a merchant certificate, built with
 * set-core's issuer — what the agent server meets from the deployed CA, without the container.
 */
final class AnsPki {

  static final Provider BC = new BouncyCastleProvider();
  static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant NOW = T0.plus(Duration.ofDays(1));
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  final CaCredential root;
  final CaCredential brand;
  final CaCredential geo;
  final CaCredential comm;
  final CaCredential mca;
  final KeyPair walletKeys = p256();
  final X509Certificate wallet;
  final KeyPair revokedKeys = p256();
  final X509Certificate revokedWallet;
  final KeyPair agentKeys = p256();
  final X509Certificate agent;
  final KeyPair merchantKeys = p256();
  final X509Certificate merchant;
  final List<X509CRL> crls = new ArrayList<>();

  AnsPki(String name) {
    SetCertificateIssuer issuer =
        new SetCertificateIssuer(
            BC,
            Clock.fixed(T0, ZoneOffset.UTC),
            new SecureRandom(),
            new SetQualifier("test hierarchy", "https://ca.agentset.test/policy", null));
    KeyPair rk = p256();
    X509Certificate rootCert =
        issuer.issueRoot(
            CertificateSpec.root(dn(name + " Root"), rk.getPublic(), p256().getPublic())
                .validity(Duration.ofDays(3650)),
            rk);
    root = new CaCredential(rootCert, rk.getPrivate(), crl(name, "root"));
    brand = ca(issuer, root, CertificateSpec::brand, name + " Brand", "brand", 3000);
    geo = ca(issuer, brand, CertificateSpec::geoPolitical, name + " Geo", "geo", 2000);
    comm =
        ca(
            issuer,
            geo,
            CertificateSpec::cardholderCa,
            name + " Communication CA",
            "communication",
            1000);
    mca = ca(issuer, geo, CertificateSpec::merchantCa, name + " Merchant CA", "mca", 1000);
    wallet =
        issuer.issue(
            CertificateSpec.wallet(dn("Ada Lovelace wallet"), walletKeys.getPublic()), comm);
    revokedWallet =
        issuer.issue(CertificateSpec.wallet(dn("Revoked wallet"), revokedKeys.getPublic()), comm);
    agent = issuer.issue(CertificateSpec.customerAgent(dn("agent-1"), agentKeys.getPublic()), comm);
    merchant =
        issuer.issue(
            CertificateSpec.merchantSignature(
                dn("Bolt Books"),
                merchantKeys.getPublic(),
                new MerchantData(
                    "MER-1",
                    "412345",
                    List.of(new MerNames("en", "Bolt Books", "Groningen", null, "9712", "NL")),
                    528,
                    true)),
            mca);
    SetCrlIssuer crlIssuer = new SetCrlIssuer(BC, Clock.fixed(T0, ZoneOffset.UTC));
    for (CaCredential ca : List.of(root, brand, geo, mca)) {
      crls.add(crlIssuer.issue(ca, BigInteger.ONE, Duration.ofDays(7), List.of()));
    }
    crls.add(
        crlIssuer.issue(
            comm,
            BigInteger.ONE,
            Duration.ofDays(7),
            List.of(new SetCrlIssuer.Revocation(revokedWallet.getSerialNumber(), T0, 1))));
  }

  CaCertificates certificates() {
    return new CaCertificates(
        List.of(
            root.certificate(),
            brand.certificate(),
            geo.certificate(),
            comm.certificate(),
            mca.certificate()),
        crls);
  }

  static X509CertificateHolder holder(X509Certificate c) {
    try {
      return new X509CertificateHolder(c.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  interface Spec {
    CertificateSpec of(X500Name subject, java.security.PublicKey key);
  }

  private static CaCredential ca(
      SetCertificateIssuer issuer,
      CaCredential parent,
      Spec spec,
      String cn,
      String crlName,
      int days) {
    KeyPair k = p256();
    X509Certificate c =
        issuer.issue(spec.of(dn(cn), k.getPublic()).validity(Duration.ofDays(days)), parent);
    return new CaCredential(c, k.getPrivate(), crl(cn, crlName));
  }

  private static URI crl(String hierarchy, String ca) {
    return URI.create("http://127.0.0.1/ca/pki/crl/" + ca + ".crl");
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET Test, C=NL");
  }

  static KeyPair p256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("P-256"));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
