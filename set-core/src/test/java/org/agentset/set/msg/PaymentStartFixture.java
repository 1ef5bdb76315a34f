package org.agentset.set.msg;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.RecipientKey;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SealedTokens;
import org.agentset.set.sai.SetInitiations;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * One SET Agent Interface payment start of a {@link FlowFixture}'s suite, for benchmarks (through
 * set-core's test jar): the agent's side (sign with signing time and nonce, seal to the wallet's
 * certificate) and the wallet's side (open, verify the agent's signature and the merchant's signed
 * initiation inside, open the sealed token under K). The cardholder's signature certificate stands
 * in for the agent's (same key type and size).
 */
public final class PaymentStartFixture {

  private final PaymentStarts starts;
  private final SetInitiations initiations;
  private final Signer agent;
  private final X509CertificateHolder agentCert;
  private final X509CertificateHolder merchantCert;
  private final RecipientKey wallet;
  private final PaymentStart start;
  private final byte[] envelope;
  private final byte[] k;
  private final byte[] termsHash;

  private PaymentStartFixture(FlowFixture f) throws Exception {
    AlgorithmSuite s = f.suite();
    SecureRandom random = new SecureRandom();
    starts =
        new PaymentStarts(
            s, new org.bouncycastle.jce.provider.BouncyCastleProvider(), random, Clock.systemUTC());
    initiations = new SetInitiations(s);
    agent = f.signer(s, "cardholder");
    agentCert = f.holder("cardholder");
    merchantCert = f.holder("merchant-sig");
    wallet = f.walletRecipientKey();
    CurrencyAmount unit = new CurrencyAmount(978, 1_300, -2);
    SetInitiation initiation =
        new SetInitiation(
            "nordlicht-books",
            "http://127.0.0.1:8080/merchant/set",
            "NB-7KQ2M9XD4P".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "2 x Wadden Islands Hiking Map 1:50 000 (NB-MAP-004) from Nordlicht Books",
            new CurrencyAmount(978, 2_600, -2),
            "AgentCard",
            Instant.parse("2099-01-01T00:00:00Z"),
            List.of(new OrderLine("NB-MAP-004", "Wadden Islands Hiking Map", "maps", 2, unit)));
    byte[] signedInitiation = initiations.sign(f.signer(s, "merchant-sig"), initiation);
    SealedTokens tokens = new SealedTokens(random);
    k = tokens.newKey();
    termsHash = new byte[32];
    random.nextBytes(termsHash);
    SealedToken token =
        tokens.seal(k, termsHash, new TokenPlaintext(tokens.newAuthorisationCode(), 1));
    start =
        new PaymentStart(
            new byte[16],
            1,
            token,
            initiation.getSetEndpoint(),
            ContentInfo.getInstance(signedInitiation));
    envelope = starts.seal(agent, start, wallet.certificate());
  }

  /** A payment start of {@code f}'s suite, sealed once already (for {@link #walletOpens}). */
  public static PaymentStartFixture of(FlowFixture f) throws Exception {
    return new PaymentStartFixture(f);
  }

  /** The agent: sign (signing time, nonce) and seal to the wallet. */
  public byte[] agentSeals() throws Exception {
    return starts.seal(agent, start, wallet.certificate());
  }

  /** The wallet: open, verify the agent's and the merchant's signatures, open the token under K. */
  public TokenPlaintext walletOpens() throws Exception {
    SaiSignedContent signed =
        starts.open(envelope, wallet.keyPair().getPrivate(), wallet.certificate());
    PaymentStart content = starts.verify(signed, agentCert).content();
    initiations.verify(content.getInitiationEncoded(), merchantCert);
    return SealedTokens.open(k, termsHash, content.getSealedToken());
  }
}
