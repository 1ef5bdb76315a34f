package org.agentset.ca.reg;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.lang.reflect.Proxy;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.reg.CardVerdict;
import org.junit.jupiter.api.Test;

/**
 * The CA's hand-over of a CardSecret to the issuer, over connections that answer as scripted: what
 * the issuer's answer means for the CertReq, and that a refusal undoes the issuance.
 */
class IssuerDeskTest {

  private static final String PAN = "4111111111111111";
  private static final YearMonth EXPIRY = YearMonth.of(2035, 12);
  private static final byte[] SECRET = new byte[20];

  private final Deque<Object> answers = new ArrayDeque<>();
  private final List<CardSecretRegistration> sent = new ArrayList<>();
  private final AtomicInteger undone = new AtomicInteger();

  private final IssuerDesk desk = new IssuerDesk(factory(), undone::incrementAndGet);

  /** Each connection answers with the next scripted code, or the next exception is thrown. */
  private BankConnectionFactory factory() {
    return (BankConnectionFactory)
        Proxy.newProxyInstance(
            BankConnectionFactory.class.getClassLoader(),
            new Class<?>[] {BankConnectionFactory.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              Object next = answers.pop();
              if (next instanceof ResourceException e) {
                throw e;
              }
              return connection((String) next);
            });
  }

  private BankConnection connection(String code) {
    return (BankConnection)
        Proxy.newProxyInstance(
            BankConnection.class.getClassLoader(),
            new Class<?>[] {BankConnection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "registerCardSecret" -> {
                  sent.add((CardSecretRegistration) args[0]);
                  if ("lost".equals(code)) {
                    throw new ResourceException("no valid answer");
                  }
                  return code;
                }
                case "close" -> {
                  return null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  private static X509Certificate cardholder() {
    return TestHierarchy.p256().authorities().get(CaName.CARDHOLDER).certificate();
  }

  @Test
  void theIssuerHoldingTheSecretLetsTheCertificateStand() {
    answers.add("00");

    Optional<CardVerdict> verdict = desk.handOver(cardholder(), PAN, EXPIRY, SECRET);

    assertThat(verdict).isEmpty();
    assertThat(undone).hasValue(0);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).cardholderSerial()).isEqualTo(cardholder().getSerialNumber());
    assertThat(sent.get(0).cardSecret()).isEqualTo(SECRET);
    assertThat(sent.get(0).expiry()).isEqualTo(EXPIRY);
  }

  @Test
  void anUnknownCardIsRejectedByTheIssuerAndTheIssuanceUndone() {
    answers.add("14");

    Optional<CardVerdict> verdict = desk.handOver(cardholder(), PAN, EXPIRY, SECRET);

    assertThat(verdict).isPresent();
    assertThat(verdict.get().code()).isEqualTo(CertStatusCode.REJECTED_BY_ISSUER);
    assertThat(verdict.get().reason()).contains("does not know this card");
    assertThat(undone).hasValue(1);
  }

  @Test
  void anyOtherRefusalNamesTheIssuersCode() {
    answers.add("63");

    Optional<CardVerdict> verdict = desk.handOver(cardholder(), PAN, EXPIRY, SECRET);

    assertThat(verdict.orElseThrow().reason()).contains("63").doesNotContain(PAN);
    assertThat(undone).hasValue(1);
  }

  @Test
  void aLostAnswerIsAskedAgainOnANewConnection() {
    answers.add("lost");
    answers.add("00");

    assertThat(desk.handOver(cardholder(), PAN, EXPIRY, SECRET)).isEmpty();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1)).isEqualTo(sent.get(0));
    assertThat(undone).hasValue(0);
  }

  @Test
  void anIssuerThatCannotBeReachedTwiceMeansNoCertificate() {
    answers.add(new ResourceException("pool exhausted"));
    answers.add("lost");

    Optional<CardVerdict> verdict = desk.handOver(cardholder(), PAN, EXPIRY, SECRET);

    assertThat(verdict.orElseThrow().code()).isEqualTo(CertStatusCode.REJECTED_BY_ISSUER);
    assertThat(verdict.get().reason()).contains("could not be reached");
    assertThat(undone).hasValue(1);
  }
}
