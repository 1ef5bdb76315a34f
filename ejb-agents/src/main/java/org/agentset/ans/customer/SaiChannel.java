package org.agentset.ans.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.ans.trust.CaService;
import org.agentset.ans.trust.WalletSignatures;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;

/**
 * Who is on the other end of the SAI channel: the wallet proves it holds its communication key by
 * signing (CMS SignedData, content type id-data) the text {@code agentset-sai-channel <instant>}
 * with a signing time, both within {@link #FRESHNESS} of the server's clock, under a wallet
 * certificate the CA vouches for. The channel then carries that wallet's payment starts only — each
 * sealed for that wallet's key anyway.
 */
@Stateless
public class SaiChannel {

  /** How far an authorisation's time may be from the server's clock. */
  public static final Duration FRESHNESS = Duration.ofMinutes(5);

  /** The text a wallet signs, before the instant. */
  public static final String PREFIX = "agentset-sai-channel ";

  @EJB private AnsRuntime runtime;
  @EJB private CaService ca;

  /** The wallet's certificate hash, from a {@code SAI-Authorization} header value. */
  public String authorise(String header) {
    if (header == null || header.isBlank()) {
      throw new AgentProblem(
          "sai-authorization",
          401,
          "Open the SAI channel with a SAI-Authorization header: base64 CMS SignedData by the"
              + " wallet's communication key over 'agentset-sai-channel <ISO-8601 instant>'.");
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException e) {
      throw new AgentProblem("sai-authorization", 401, "SAI-Authorization is not base64.");
    }
    WalletSignatures.Verified v;
    java.security.cert.X509Certificate signer = org.agentset.ans.trust.Cms.signerOf(der);
    try {
      v =
          new WalletSignatures(runtime.provider(), runtime.clock())
              .verify(
                  der,
                  CMSObjectIdentifiers.data,
                  "the SAI authorisation",
                  signer == null ? ca.certificates() : ca.certificatesFor(signer));
    } catch (AgentProblem p) {
      throw new AgentProblem("sai-authorization", p.status() == 502 ? 502 : 401, p.getMessage());
    }
    Instant now = runtime.clock().instant();
    String text = new String(v.content(), StandardCharsets.US_ASCII);
    Instant stated;
    try {
      stated = Instant.parse(text.substring(PREFIX.length()).strip());
    } catch (RuntimeException e) {
      throw new AgentProblem(
          "sai-authorization",
          401,
          "The SAI authorisation must sign '" + PREFIX + "<ISO-8601 instant>'.");
    }
    if (!text.startsWith(PREFIX)
        || Duration.between(stated, now).abs().compareTo(FRESHNESS) > 0
        || Duration.between(v.signingTime(), now).abs().compareTo(FRESHNESS) > 0) {
      throw new AgentProblem(
          "sai-authorization",
          401,
          "The SAI authorisation is stale: sign a fresh one (within "
              + FRESHNESS.toMinutes()
              + " minutes of "
              + now
              + ").");
    }
    return v.walletHash();
  }
}
