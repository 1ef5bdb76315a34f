package org.agentset.gateway.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.reg.AcquirerID;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;

/**
 * The gateway's SET registration with the CA (Me-AqCInitReq/Res, CertReq/Res over {@code POST
 * <ca>/set}, {@code application/set-registration}), run by set-core's {@link MerchantRegistration}
 * with fresh keys each attempt (a key is never certified twice). The CA's root and CRLs come from
 * the caller's {@link CaDirectory} snapshot. Container-free.
 */
public final class SetEnrolment {

  /** What an attempt produced: keys certified, or why not. */
  public record Outcome(KeyMaterial keys, String problem) {}

  static final String MEDIA_TYPE = "application/set-registration";

  private final Provider provider;
  private final Clock clock;
  private final URI ca;
  private final HttpClient http;

  public SetEnrolment(Provider provider, Clock clock, URI ca) {
    this.provider = provider;
    this.clock = clock;
    this.ca = ca;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** One registration attempt for the acquirer BIN and enrolment code. */
  public Outcome enrol(
      AlgorithmSuite suite, CaDirectory.Snapshot snapshot, String acquirerBin, String enrolmentCode)
      throws IOException {
    SecureRandom random = new SecureRandom();
    PartyContext context =
        new PartyContext(
            suite,
            random,
            new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
            new CertificateTrust(
                provider,
                new SetPathValidator(provider, clock, List.of(snapshot.root())),
                () -> RevocationData.crlsOnly(snapshot.revocation().crls()),
                List.of()),
            new InMemoryReplayStore(clock),
            "AgentSET-gateway/0.1");
    KeyPair sig = suite.generateKeyPair(KeyPurpose.SIGNATURE);
    KeyPair kx = suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE);
    MerchantRegistration reg =
        new MerchantRegistration(
            context, IDData.of(new AcquirerID(acquirerBin, null)), "AgentCard", "en");
    MerchantRegistration.Result r;
    try {
      r = reg.enrol(this::post, Map.of(RegistrationForms.ENROLMENT_CODE, enrolmentCode), sig, kx);
    } catch (SetProtocolException e) {
      return new Outcome(
          null, "the CA refused the registration: " + e.refusal() + " at " + e.field());
    }
    if (!r.complete()) {
      return new Outcome(null, "registration not complete: " + r.status() + " " + r.message());
    }
    return new Outcome(
        KeyMaterial.enrolled(
            provider, clock, sig, r.signature().certificate(), kx, r.keyExchange().certificate()),
        null);
  }

  private byte[] post(byte[] request) throws IOException {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(ca + "/set"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", MEDIA_TYPE)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith(MEDIA_TYPE)) {
        throw new IOException("POST " + ca + "/set answered " + r.statusCode() + " " + type);
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
