package org.agentset.it.ans;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CaCredential;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.cert.SetCertificateIssuer;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SealedTokens;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * A wallet whose communication certificate comes from a look-alike AgentSET hierarchy the deployed
 * CA never heard of: everything it signs is well formed and correctly signed, and must still be
 * refused.
 */
final class ForeignWallet {

  static final BouncyCastleProvider BC = new BouncyCastleProvider();
  static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  private ForeignWallet() {}

  /** The JSON body of a create call, with a mandate and agent request signed by this wallet. */
  static String createBody(String agentId, byte[] csrDer) throws Exception {
    Instant now = Instant.now();
    SetCertificateIssuer issuer =
        new SetCertificateIssuer(
            BC,
            Clock.fixed(now.minusSeconds(3600), ZoneOffset.UTC),
            new SecureRandom(),
            new SetQualifier("foreign", "https://foreign.example/policy", null));
    KeyPair rk = p256();
    X509Certificate root =
        issuer.issueRoot(
            CertificateSpec.root(dn("Foreign Root"), rk.getPublic(), p256().getPublic()), rk);
    CaCredential rootCa = new CaCredential(root, rk.getPrivate(), (URI) null);
    KeyPair bk = p256();
    CaCredential brand =
        new CaCredential(
            issuer.issue(CertificateSpec.brand(dn("Foreign Brand"), bk.getPublic()), rootCa),
            bk.getPrivate(),
            (URI) null);
    KeyPair gk = p256();
    CaCredential geo =
        new CaCredential(
            issuer.issue(CertificateSpec.geoPolitical(dn("Foreign Geo"), gk.getPublic()), brand),
            gk.getPrivate(),
            (URI) null);
    KeyPair ck = p256();
    CaCredential comm =
        new CaCredential(
            issuer.issue(CertificateSpec.cardholderCa(dn("Foreign Comm"), ck.getPublic()), geo),
            ck.getPrivate(),
            (URI) null);
    KeyPair wk = p256();
    X509Certificate wallet =
        issuer.issue(CertificateSpec.wallet(dn("Mallory"), wk.getPublic()), comm);
    X509CertificateHolder holder = new X509CertificateHolder(wallet.getEncoded());
    Instant notAfter = now.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    return body(
        agentId,
        mandate(holder, wk, notAfter),
        agentRequest(agentId, csrDer, notAfter, wallet, wk));
  }

  static String body(String agentId, byte[] mandate, byte[] request) {
    return "{\"agentId\":\""
        + agentId
        + "\",\"mandate\":\""
        + Base64.getEncoder().encodeToString(mandate)
        + "\",\"agentCertificateRequest\":\""
        + Base64.getEncoder().encodeToString(request)
        + "\"}";
  }

  static byte[] mandate(X509CertificateHolder wallet, KeyPair keys, Instant notAfter)
      throws Exception {
    MandateTerms terms =
        new MandateTerms(
            randomId(),
            wallet.getSubject(),
            List.of(new MandateItem("tea", null, 1, new CurrencyAmount(978, 2_000, -2))),
            new CurrencyAmount(978, 2_000, -2),
            List.of(),
            Instant.now().minusSeconds(60),
            notAfter,
            MandateMode.AUTONOMOUS);
    SealedTokens tokens = new SealedTokens(new SecureRandom());
    byte[] hash = Mandates.termsHash(terms);
    Mandate m =
        new Mandate(
            terms,
            List.of(
                new ItemSlot(
                    1,
                    tokens.seal(
                        tokens.newKey(),
                        hash,
                        new TokenPlaintext(tokens.newAuthorisationCode(), 1)))));
    return new Mandates(SUITES.p256())
        .sign(Signer.withCertificate(SUITES.p256(), keys, wallet, List.of(wallet)), m);
  }

  static byte[] agentRequest(
      String agentId, byte[] csrDer, Instant notAfter, X509Certificate wallet, KeyPair keys)
      throws java.io.IOException {
    return new CommunicationRequests(BC)
        .customerAgent(
            new AgentCertificateRequest(
                agentId, notAfter, new PKCS10CertificationRequest(csrDer).toASN1Structure()),
            wallet,
            keys.getPrivate(),
            Instant.now());
  }

  static byte[] randomId() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return b;
  }

  static X500Name dn(String cn) {
    return new X500Name("CN=" + cn + ", O=AgentSET, C=NL");
  }

  static KeyPair p256() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("P-256"));
    return g.generateKeyPair();
  }
}
