package org.agentset.set.msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetCrlIssuer;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The AgentSET test hierarchy of one suite, as stored under {@code vectors/msg/<suite>/pki.pem}
 * (issued once by {@link FlowVectorGenerator}, so that golden purchase transcripts chain to the
 * same certificates on every run): root, brand, geo-political CA, the three CA tiers, cardholder,
 * merchant and gateway certificates (signature and key exchange), a wallet certificate (a valid
 * certificate of the wrong type for a dual signature), the CRLs of every CRL-publishing CA and the
 * brand's BCI. The rsa suite's keys are the RSA-3072 vectors of {@code vectors/cert}; the others'
 * keys are stored in the file.
 */
final class FlowPki {

  static final Provider BC = new BouncyCastleProvider();
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant NOW = T0.plus(Duration.ofDays(1));
  static final String PAN = "4111111111111111";
  static final YearMonth EXPIRY = YearMonth.of(2029, 12);
  static final byte[] CARD_SECRET =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f10111213");
  static final byte[] CA_NONCE =
      HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3");
  static final List<String> CAS = List.of("root", "brand", "geo", "cca", "mca", "pca");
  static final List<String> LEAVES =
      List.of("cardholder", "merchant-sig", "merchant-kx", "gateway-sig", "gateway-kx", "wallet");
  static final List<String> SUITES = List.of("rsa", "p256", "pq-hybrid");

  private static final Map<String, FlowPki> LOADED = new LinkedHashMap<>();

  final String suite;
  final Map<String, KeyPair> keys;
  final Map<String, X509Certificate> certs;
  final List<X509CRL> crls;
  final BrandCRLIdentifier bci;

  FlowPki(
      String suite,
      Map<String, KeyPair> keys,
      Map<String, X509Certificate> certs,
      List<X509CRL> crls,
      BrandCRLIdentifier bci) {
    this.suite = suite;
    this.keys = Map.copyOf(keys);
    this.certs = Map.copyOf(certs);
    this.crls = List.copyOf(crls);
    this.bci = bci;
  }

  /** The stored hierarchy of {@code suite}. */
  static synchronized FlowPki load(String suite) {
    return LOADED.computeIfAbsent(suite, FlowPki::read);
  }

  X509Certificate cert(String role) {
    return certs.get(role);
  }

  /**
   * What a party sends along with {@code role}'s certificate: its issuing CA. The brand and
   * geo-political CA certificates every party holds already ({@link #knownCas()}), as SET's
   * thumbprints let a responder leave out what the peer has cached.
   */
  List<X509Certificate> chain(String role) {
    String ca =
        switch (role) {
          case "cardholder", "wallet" -> "cca";
          case "merchant-sig", "merchant-kx" -> "mca";
          default -> "pca";
        };
    return List.of(cert(ca));
  }

  /** The CA certificates below the root every party caches: geo-political and brand. */
  List<X509Certificate> knownCas() {
    return List.of(cert("geo"), cert("brand"));
  }

  Credential credential(String role) {
    return new Credential(keys.get(role), cert(role), chain(role));
  }

  /** {@code role}'s certificate and chain, leaf first. */
  List<X509Certificate> path(String role) {
    return credential(role).path();
  }

  CaCredential ca(String role) {
    return new CaCredential(cert(role), keys.get(role).getPrivate(), crlUri(role));
  }

  static URI crlUri(String role) {
    return "cca".equals(role) ? null : URI.create("http://ca.agentset.test/crl/" + role + ".crl");
  }

  RevocationData revocation() {
    return RevocationData.withBci(crls, bci);
  }

  /** The CRLs with {@code ca}'s replaced by a newer one revoking {@code serials}. */
  RevocationData revoking(String ca, BigInteger... serials) {
    List<SetCrlIssuer.Revocation> revoked = new ArrayList<>();
    for (BigInteger s : serials) {
      revoked.add(new SetCrlIssuer.Revocation(s, T0, 1));
    }
    X509CRL newer =
        new SetCrlIssuer(BC, java.time.Clock.fixed(T0.plusSeconds(60), java.time.ZoneOffset.UTC))
            .issue(ca(ca), BigInteger.TWO, Duration.ofDays(7), revoked);
    List<X509CRL> all = new ArrayList<>(crls);
    all.add(newer);
    return RevocationData.withBci(all, bci);
  }

  // ---------------------------------------------------------------- storage

  private static FlowPki read(String suite) {
    String path = "/vectors/msg/" + suite + "/pki.pem";
    Map<String, PublicKey> publics = new LinkedHashMap<>();
    Map<String, PrivateKey> privates = new LinkedHashMap<>();
    Map<String, X509Certificate> certs = new LinkedHashMap<>();
    List<X509CRL> crls = new ArrayList<>();
    BrandCRLIdentifier bci = null;
    try (InputStream in = FlowPki.class.getResourceAsStream(path);
        Reader r = new InputStreamReader(in, StandardCharsets.US_ASCII);
        PemReader pem = new PemReader(r)) {
      AlgorithmSuite s = suites().forName(suite);
      CertificateFactory cf = CertificateFactory.getInstance("X.509", BC);
      for (PemObject o = pem.readPemObject(); o != null; o = pem.readPemObject()) {
        String role = role(o);
        byte[] der = o.getContent();
        switch (o.getType()) {
          case "CERTIFICATE" ->
              certs.put(
                  role,
                  (X509Certificate) cf.generateCertificate(new java.io.ByteArrayInputStream(der)));
          case "X509 CRL" ->
              crls.add((X509CRL) cf.generateCRL(new java.io.ByteArrayInputStream(der)));
          case "BRAND CRL IDENTIFIER" ->
              bci =
                  BrandCRLIdentifier.getInstance(
                      org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der));
          case "PUBLIC KEY" -> publics.put(role, publicKey(s, der));
          case "PRIVATE KEY" -> privates.put(role, privateKey(s, der));
          default -> throw new IllegalStateException("unexpected PEM " + o.getType());
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
    Map<String, KeyPair> keys = new LinkedHashMap<>();
    for (String role : certs.keySet()) {
      keys.put(
          role,
          "rsa".equals(suite)
              ? TestRsaKeys.load(role)
              : new KeyPair(publics.get(role), privates.get(role)));
    }
    return new FlowPki(suite, keys, certs, crls, bci);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        PemWriter pem = new PemWriter(w)) {
      for (String role : certs.keySet()) {
        if (!"rsa".equals(suite)) {
          pem.writeObject(block("PRIVATE KEY", role, keys.get(role).getPrivate().getEncoded()));
          pem.writeObject(block("PUBLIC KEY", role, keys.get(role).getPublic().getEncoded()));
        }
        pem.writeObject(block("CERTIFICATE", role, certs.get(role).getEncoded()));
      }
      for (X509CRL crl : crls) {
        pem.writeObject(block("X509 CRL", "crl", crl.getEncoded()));
      }
      pem.writeObject(block("BRAND CRL IDENTIFIER", "bci", bci.getEncoded()));
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private static PemObject block(String type, String role, byte[] der) {
    return new PemObject(type, List.of(new PemHeader("Role", role)), der);
  }

  private static String role(PemObject o) {
    for (Object h : o.getHeaders()) {
      PemHeader header = (PemHeader) h;
      if (header.getName().equals("Role")) {
        return header.getValue();
      }
    }
    throw new IllegalStateException("PEM block without Role");
  }

  static AlgorithmSuites suites() {
    return new AlgorithmSuites(BC, new java.security.SecureRandom());
  }

  /** AgentSET composite keys through the suite, standard keys through Bouncy Castle. */
  private static PublicKey publicKey(AlgorithmSuite suite, byte[] der) throws Exception {
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
    var oid = info.getAlgorithm().getAlgorithm();
    if (oid.on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      return suite.decodePublicKey(purpose(oid), info);
    }
    return new JcaPEMKeyConverter().setProvider(BC).getPublicKey(info);
  }

  private static PrivateKey privateKey(AlgorithmSuite suite, byte[] der) throws Exception {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
    var oid = info.getPrivateKeyAlgorithm().getAlgorithm();
    if (oid.on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      return suite.decodePrivateKey(purpose(oid), info);
    }
    return new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
  }

  private static KeyPurpose purpose(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
    return oid.equals(org.agentset.set.crypto.SuiteIdentifiers.MLKEM768_X25519)
        ? KeyPurpose.KEY_EXCHANGE
        : KeyPurpose.SIGNATURE;
  }
}
