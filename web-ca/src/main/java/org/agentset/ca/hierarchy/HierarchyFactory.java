package org.agentset.ca.hierarchy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.cert.SignatureScheme;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Creates the whole hierarchy of {@link CaName} in one go: fresh keys of the configured suite for
 * every CA, the self-signed root committing (hashedRootKey) to a successor key generated and kept
 * now, each CA certified by its parent with the CRL and OCSP pointers of that parent, and the
 * cardholder, merchant and gateway CAs' message-signing and key-exchange certificates.
 *
 * <p>Every certificate, the root's included, names its issuer's CRL and the OCSP responder (the
 * root is its own issuer).
 *
 * <p>Pure: keys, certificates and key-store entries come back in a {@link NewHierarchy}; storing
 * them (in one transaction, together with their records) is the caller's business.
 */
public final class HierarchyFactory {

  /** The SET policy statement in every certificate of the hierarchy. */
  public static final String POLICY_STATEMENT =
      "AgentSET demonstration hierarchy: certificates for agent-delegated SET payments";

  private final Provider provider;
  private final Clock clock;
  private final SecureRandom random;
  private final StatusUrls urls;

  public HierarchyFactory(Provider provider, Clock clock, SecureRandom random, StatusUrls urls) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  /** The certificate issuer every CA of this hierarchy uses, with its SET policy qualifier. */
  public SetCertificateIssuer issuer() {
    return new SetCertificateIssuer(
        provider, clock, random, new SetQualifier(POLICY_STATEMENT, urls.base() + "/ca/", null));
  }

  /** The credential of a CA: its certificate-signing key, CRL and the OCSP responder. */
  public CaCredential credential(CaName name, X509Certificate certificate, KeyPair keys) {
    return credential(name, certificate, keys.getPrivate());
  }

  /** As {@link #credential(CaName, X509Certificate, KeyPair)}, from the private key alone. */
  public CaCredential credential(
      CaName name, X509Certificate certificate, java.security.PrivateKey key) {
    return new CaCredential(certificate, key, urls.crl(name), urls.ocsp());
  }

  /** Generates and certifies every CA of the hierarchy in {@code suite}. */
  public NewHierarchy create(CaSuite suite) {
    SetCertificateIssuer issuer = issuer();
    Map<CaName, CaMaterial> cas = new EnumMap<>(CaName.class);
    List<IssuedCertificate> issued = new ArrayList<>();
    Map<String, SealedKeyStore.Entry> entries = new LinkedHashMap<>();

    for (CaName name : CaName.values()) {
      KeyPair keys = suite.generate(provider, random);
      X509Certificate cert;
      List<X509Certificate> chain = new ArrayList<>();
      if (name == CaName.ROOT) {
        KeyPair next = suite.generate(provider, random);
        cert =
            issuer.issueRoot(
                CertificateSpec.root(name.subject(), keys.getPublic(), next.getPublic())
                    .validity(name.validity()),
                keys,
                urls.crl(CaName.ROOT),
                urls.ocsp());
        entries.put(
            "root/next",
            new SealedKeyStore.Entry(
                next.getPrivate(), holderCertificate(next, cert.getNotAfter())));
        chain.add(cert);
      } else {
        CaMaterial parent = cas.get(name.parent().orElseThrow());
        cert = issuer.issue(caSpec(name, keys).validity(name.validity()), parent.signing());
        chain.add(cert);
        chain.addAll(parent.chain());
      }
      // the root is its own issuer: its record, CRL and OCSP answers are the root CA's
      issued.add(new IssuedCertificate(cert, name.profile(), name.parent().orElse(CaName.ROOT)));
      entries.put(name.id() + "/signing", new CaCredentialEntry(keys, cert).entry());

      CaMaterial.KeyedCertificate message = null;
      CaMaterial.KeyedCertificate exchange = null;
      if (name.hasMessageKeys()) {
        CaMaterial geo = cas.get(CaName.GEO);
        message =
            messageKey(issuer, name, name.messageProfile(), suite, geo, issued, entries, "message");
        exchange =
            messageKey(
                issuer, name, name.exchangeProfile(), suite, geo, issued, entries, "exchange");
      }
      cas.put(name, new CaMaterial(name, credential(name, cert, keys), message, exchange, chain));
    }
    return new NewHierarchy(suite, cas, issued, entries);
  }

  private record CaCredentialEntry(KeyPair keys, X509Certificate cert) {
    SealedKeyStore.Entry entry() {
      return new SealedKeyStore.Entry(keys.getPrivate(), cert);
    }
  }

  private CaMaterial.KeyedCertificate messageKey(
      SetCertificateIssuer issuer,
      CaName name,
      CertificateProfile profile,
      CaSuite suite,
      CaMaterial geo,
      List<IssuedCertificate> issued,
      Map<String, SealedKeyStore.Entry> entries,
      String alias) {
    KeyPair keys = suite.generate(provider, random);
    X509Certificate cert =
        issuer.issue(
            CertificateSpec.caMessageKey(profile, name.subject(), keys.getPublic())
                .validity(CaName.MESSAGE_KEY_VALIDITY),
            geo.signing());
    issued.add(new IssuedCertificate(cert, profile, CaName.GEO));
    entries.put(name.id() + "/" + alias, new SealedKeyStore.Entry(keys.getPrivate(), cert));
    return new CaMaterial.KeyedCertificate(cert, keys.getPrivate());
  }

  private static CertificateSpec caSpec(CaName name, KeyPair keys) {
    return switch (name.profile()) {
      case BRAND -> CertificateSpec.brand(name.subject(), keys.getPublic());
      case GEO_POLITICAL -> CertificateSpec.geoPolitical(name.subject(), keys.getPublic());
      case CARDHOLDER_CA -> CertificateSpec.cardholderCa(name.subject(), keys.getPublic());
      case MERCHANT_CA -> CertificateSpec.merchantCa(name.subject(), keys.getPublic());
      case GATEWAY_CA -> CertificateSpec.gatewayCa(name.subject(), keys.getPublic());
      default -> throw new IllegalStateException("not a subordinate CA profile: " + name.profile());
    };
  }

  /**
   * The self-signed placeholder a key store needs beside the successor root key. It is never
   * published, carries no SET extension, and is replaced by the real successor root certificate at
   * rollover.
   */
  private X509Certificate holderCertificate(KeyPair keys, java.util.Date notAfter) {
    X500Name subject = new X500Name("CN=AgentSET successor root key (not a certificate in use)");
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    byte[] serial = new byte[16];
    random.nextBytes(serial);
    serial[0] &= 0x7f;
    X509v3CertificateBuilder b =
        new X509v3CertificateBuilder(
            subject,
            new BigInteger(1, serial).max(BigInteger.ONE),
            java.util.Date.from(now),
            notAfter,
            subject,
            SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
    try {
      return new JcaX509CertificateConverter()
          .setProvider(provider)
          .getCertificate(
              b.build(
                  SignatureScheme.forKey(keys.getPublic()).signer(keys.getPrivate(), provider)));
    } catch (CertificateException e) {
      throw new IllegalStateException("cannot build the successor key's holder certificate", e);
    }
  }
}
