package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.agentset.it.ca.CaClient;
import org.agentset.it.ca.Pki;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.Signer;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.reg.CardholderRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SealedTokens;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A wallet as far as the agent server can tell: a cardholder registered with the deployed CA by SET
 * cardholder registration ({@code POST /ca/set}), a communication certificate the CA issued on the
 * cardholder's signed request ({@code POST /ca/comm/wallet}), mandates signed with it (a fresh K
 * per item slot, kept here), agent-certificate requests, and the SAI channel authorisation.
 */
final class WalletLike {

  static final AlgorithmSuites SUITES = new AlgorithmSuites(CaClient.BC, new SecureRandom());
  static final AlgorithmSuite P256 = SUITES.p256();

  final KeyPair walletKeys;
  final X509Certificate wallet;
  final X509CertificateHolder walletHolder;
  final List<byte[]> keys = new ArrayList<>();

  private WalletLike(KeyPair walletKeys, X509Certificate wallet) throws Exception {
    this.walletKeys = walletKeys;
    this.wallet = wallet;
    this.walletHolder = new X509CertificateHolder(wallet.getEncoded());
  }

  /** Registers the card with the CA, then gets the wallet's communication certificate. */
  static WalletLike enrol(String pan, String name) throws Exception {
    List<X509Certificate> cas =
        Pki.certificates(
            new String(CaClient.get("/ca/pki/ca-certs.pem").body(), StandardCharsets.US_ASCII));
    X509Certificate root =
        cas.stream()
            .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow();
    List<X509CRL> crls = new ArrayList<>();
    CertificateFactory cf = CertificateFactory.getInstance("X.509", CaClient.BC);
    for (String ca : List.of("root", "brand", "geo", "cardholder", "merchant", "gateway")) {
      HttpResponse<byte[]> r = CaClient.get("/ca/pki/crl/" + ca + ".crl");
      if (r.statusCode() == 200) {
        crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(r.body())));
      }
    }
    Clock clock = Clock.systemUTC();
    PartyContext context =
        new PartyContext(
            P256,
            new SecureRandom(),
            new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
            new CertificateTrust(
                CaClient.BC,
                new SetPathValidator(CaClient.BC, clock, List.of(root)),
                () -> RevocationData.crlsOnly(crls),
                List.of()),
            new InMemoryReplayStore(clock),
            "AgentSET-IT-wallet/1");
    CardholderRegistration reg =
        new CardholderRegistration(context, "AgentCard", pan, YearMonth.of(2035, 12), "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, postSet(s1.message()));
    Step form = reg.readForm(s2, postSet(s2.message()));
    KeyPair sig = P256.generateKeyPair(KeyPurpose.SIGNATURE);
    Step s3 = reg.requestCertificate(form, Map.of(RegistrationForms.CARDHOLDER_NAME, name), sig);
    CardholderRegistration.Result result = reg.complete(s3, postSet(s3.message()));
    assertThat(result.complete()).as(result.message()).isTrue();
    X509Certificate cardholder = result.credential().certificate();

    KeyPair walletKeys = CaClient.p256();
    PKCS10CertificationRequest csr =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=wallet"), walletKeys.getPublic())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(CaClient.BC)
                    .build(walletKeys.getPrivate()));
    byte[] request =
        new CommunicationRequests(CaClient.BC)
            .wallet(csr, cardholder, sig.getPrivate(), Instant.now());
    HttpResponse<byte[]> r = CaClient.post("/ca/comm/wallet", "application/cms", request);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    X509Certificate wallet =
        Pki.certificates(new String(r.body(), StandardCharsets.US_ASCII)).get(0);
    return new WalletLike(walletKeys, wallet);
  }

  private static byte[] postSet(byte[] message) throws Exception {
    HttpResponse<byte[]> r = CaClient.post("/ca/set", "application/set-registration", message);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /**
   * A signed mandate: {@code items}, a budget in cents, allowed merchants, running {@code runFor}.
   */
  byte[] mandate(
      List<MandateItem> items,
      long budgetCents,
      List<String> merchants,
      Instant notAfter,
      MandateMode mode)
      throws Exception {
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    MandateTerms terms =
        new MandateTerms(
            id,
            walletHolder.getSubject(),
            items,
            eur(budgetCents),
            merchants,
            Instant.now().minusSeconds(60),
            notAfter,
            mode);
    byte[] hash = Mandates.termsHash(terms);
    SealedTokens tokens = new SealedTokens(new SecureRandom());
    List<ItemSlot> slots = new ArrayList<>();
    for (int i = 1; i <= items.size(); i++) {
      byte[] k = tokens.newKey();
      keys.add(k);
      slots.add(
          new ItemSlot(
              i, tokens.seal(k, hash, new TokenPlaintext(tokens.newAuthorisationCode(), i))));
    }
    return new Mandates(P256)
        .sign(
            Signer.withCertificate(P256, walletKeys, walletHolder, List.of(walletHolder)),
            new Mandate(terms, slots));
  }

  /**
   * Reserves an agent and creates it under {@code mandate} (deadline {@code notAfter}); the HTTP
   * answer.
   */
  HttpResponse<String> createAgent(byte[] mandate, Instant notAfter, String idempotencyKey)
      throws Exception {
    String reservation = AnsClient.post("/ans/api/agents/keys", "k-" + idempotencyKey, "{}").body();
    String agentId = AnsApiIT.field(reservation, "agentId");
    byte[] csr = Base64.getDecoder().decode(AnsApiIT.field(reservation, "certificationRequest"));
    byte[] request = ForeignWallet.agentRequest(agentId, csr, notAfter, wallet, walletKeys);
    return AnsClient.post(
        "/ans/api/agents", idempotencyKey, ForeignWallet.body(agentId, mandate, request));
  }

  /** The SAI-Authorization header value: CMS SignedData over "agentset-sai-channel <now>". */
  String saiAuthorization() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Hashtable<ASN1ObjectIdentifier, Attribute> attrs = new Hashtable<>();
    attrs.put(
        CMSAttributes.signingTime,
        new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(now)))));
    CMSSignedDataGenerator g = new CMSSignedDataGenerator();
    g.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(CaClient.BC).build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(CaClient.BC)
                    .build(walletKeys.getPrivate()),
                wallet));
    g.addCertificate(walletHolder);
    byte[] der =
        g.generate(
                new CMSProcessableByteArray(
                    ("agentset-sai-channel " + now).getBytes(StandardCharsets.US_ASCII)),
                true)
            .getEncoded("DER");
    return Base64.getEncoder().encodeToString(der);
  }

  static MandateItem item(String query, String category, int quantity, long maxUnitCents) {
    return new MandateItem(query, category, quantity, eur(maxUnitCents));
  }

  static CurrencyAmount eur(long cents) {
    return new CurrencyAmount(978, cents, -2);
  }
}
