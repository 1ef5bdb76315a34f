package org.agentset.merchant.set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The merchants' SET parties as the server has them. A merchant takes part in SET once its keys and
 * certificates are in {@code merchant.merchant_credential} (enrolment with the CA by SET merchant
 * registration); until then every SET message for it is answered with SET's Error "missing
 * certificate", and {@link #anonymousError} answers what names no merchant.
 */
@ApplicationScoped
public class EnrolledMerchants implements MerchantSetDesk.MerchantParties {

  static final Provider BC = new BouncyCastleProvider();
  static final Duration MAX_AGE = Duration.ofMinutes(15);
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private SetErrors anonymous;

  @PostConstruct
  void init() {
    try {
      SecureRandom random = new SecureRandom();
      Clock clock = Clock.systemUTC();
      PartyContext ctx =
          new PartyContext(
              new AlgorithmSuites(BC, random).forName("p256"),
              random,
              new Freshness(clock, MAX_AGE, MAX_SKEW),
              new CertificateTrust(
                  BC,
                  new org.agentset.set.cert.SetPathValidator(BC, clock, List.of()),
                  () -> null,
                  List.of()),
              (kind, id, until) -> true,
              "AgentSET-merchant/0.1");
      anonymous = new SetErrors(ctx);
    } catch (SetCryptoException e) {
      throw new IllegalStateException("the p256 suite is not available", e);
    }
  }

  /**
   * No merchant takes part in SET yet: its keys and certificates come from enrolment with the CA by
   * SET merchant registration, which this server cannot do before the CA's registration endpoint
   * exists (issue 7, step 4). Until then the answer is "not enrolled" for every merchant, and the
   * desk answers SET's Error "missing certificate".
   */
  @Override
  public Optional<MerchantParty> of(String merchantCode) {
    return Optional.empty();
  }

  @Override
  public byte[] anonymousError(byte[] refused, SetProtocolException refusal) {
    return anonymous.unsigned(refused, refusal).getDerEncoded();
  }
}
