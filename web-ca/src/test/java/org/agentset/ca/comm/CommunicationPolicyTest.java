package org.agentset.ca.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.issue.CertificationRequests;
import org.agentset.ca.testing.Csrs;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.cert.PanIdentity;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.cert.SetCertificateInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;

/** Who gets a communication certificate, named how, for how long. */
class CommunicationPolicyTest {

  private static final Instant NOW = TestHierarchy.T0.plus(Duration.ofMinutes(10));
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final CommunicationPolicy policy =
      new CommunicationPolicy(new CertificationRequests(TestHierarchy.BC), clock);
  private final CommunicationRequests requests = new CommunicationRequests(TestHierarchy.BC);

  private static KeyPair keys() {
    return CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom());
  }

  private static X509Certificate issue(CertificateSpec spec, CaName ca) {
    return TestHierarchy.factory().issuer().issue(spec, TestHierarchy.p256().authorities().get(ca).signing());
  }

  private static X509Certificate cardholder(KeyPair keys, YearMonth expiry) {
    PanIdentity id =
        PanIdentity.compute(PanSecret.derive(new byte[20], new byte[20]), "4111111111111111", expiry);
    return issue(CertificateSpec.cardholder(id, "AgentCard", keys.getPublic(), expiry), CaName.CARDHOLDER);
  }

  private CommunicationRequests.Opened walletRequest(X509Certificate cardholder, KeyPair cardholderKeys, Instant signedAt)
      throws Exception {
    byte[] der =
        requests.wallet(Csrs.request("CN=ignored", keys(), "SHA256withECDSA"), cardholder, cardholderKeys.getPrivate(), signedAt);
    return requests.open(der, org.agentset.set.asn1.cert.SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST);
  }

  @Test
  void aValidCardholderGetsAWalletCertificateNamedAfterItsIdentity() throws Exception {
    KeyPair ck = keys();
    X509Certificate card = cardholder(ck, YearMonth.of(2026, 12));
    CommunicationPolicy.Plan plan =
        policy.wallet(walletRequest(card, ck, NOW.minusSeconds(30)), new CommunicationPolicy.SignerRecord("c1", "CARDHOLDER", false));
    X509Certificate wallet = issueAt(plan.spec());
    assertThat(SetCertificateInfo.of(wallet).profile()).contains(CertificateProfile.WALLET);
    X500Name subject = X500Name.getInstance(wallet.getSubjectX500Principal().getEncoded());
    X500Name cardSubject = X500Name.getInstance(card.getSubjectX500Principal().getEncoded());
    assertThat(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue())
        .isEqualTo(cardSubject.getRDNs(BCStyle.CN)[0].getFirst().getValue());
    assertThat(subject.getRDNs(BCStyle.OU)[0].getFirst().getValue().toString()).isEqualTo("Wallet");
    // the card expires at the end of 2026: the wallet certificate ends with it, not a year out
    assertThat(wallet.getNotAfter().toInstant()).isEqualTo(card.getNotAfter().toInstant());
    assertThat(plan.ownerRef()).isEqualTo("cardholder:c1");
  }

  @Test
  void walletRequestsFromTheWrongRevokedUnknownOrStaleSignerAreRefused() throws Exception {
    KeyPair ck = keys();
    X509Certificate card = cardholder(ck, YearMonth.of(2027, 6));
    var fresh = walletRequest(card, ck, NOW);
    assertThatThrownBy(() -> policy.wallet(fresh, null)).hasMessageContaining("this CA issued");
    assertThatThrownBy(() -> policy.wallet(fresh, new CommunicationPolicy.SignerRecord("c1", "MERCHANT_SIGNATURE", false)))
        .hasMessageContaining("cardholder certificate");
    assertThatThrownBy(() -> policy.wallet(fresh, new CommunicationPolicy.SignerRecord("c1", "CARDHOLDER", true)))
        .hasMessageContaining("revoked");
    var stale = walletRequest(card, ck, NOW.minus(Duration.ofMinutes(6)));
    assertThatThrownBy(() -> policy.wallet(stale, new CommunicationPolicy.SignerRecord("c1", "CARDHOLDER", false)))
        .hasMessageContaining("within 5 minutes");
    var future = walletRequest(card, ck, NOW.plus(Duration.ofMinutes(6)));
    assertThatThrownBy(() -> policy.wallet(future, new CommunicationPolicy.SignerRecord("c1", "CARDHOLDER", false)))
        .hasMessageContaining("within 5 minutes");
  }

  @Test
  void anAgentIsCertifiedUntilItsMandateEndsAndNamesItsWallet() throws Exception {
    KeyPair wk = keys();
    X509Certificate wallet = issue(CertificateSpec.wallet(new X500Name("CN=w"), wk.getPublic()), CaName.COMMUNICATION);
    Instant mandateEnd = NOW.plus(Duration.ofDays(3));
    CommunicationPolicy.Plan plan =
        policy.customerAgent(agentRequest(wallet, wk, "agent-1", mandateEnd), new CommunicationPolicy.SignerRecord("w9", "WALLET", false));
    X509Certificate agent = issueAt(plan.spec());
    assertThat(SetCertificateInfo.of(agent).profile()).contains(CertificateProfile.CUSTOMER_AGENT);
    assertThat(agent.getNotAfter().toInstant()).isEqualTo(mandateEnd);
    X500Name subject = X500Name.getInstance(agent.getSubjectX500Principal().getEncoded());
    assertThat(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue().toString()).isEqualTo("agent-1");
    assertThat(subject.getRDNs(BCStyle.OU)[0].getFirst().getValue().toString()).isEqualTo("Customer agent");
    assertThat(subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue().toString()).isEqualTo("wallet w9");
    assertThat(plan.ownerRef()).isEqualTo("wallet:w9/agent:agent-1");
  }

  @Test
  void agentMandatesThatEndedRunTooLongOrOutliveTheWalletAreRefused() throws Exception {
    KeyPair wk = keys();
    X509Certificate wallet =
        issue(
            CertificateSpec.wallet(new X500Name("CN=w"), wk.getPublic()).validity(Duration.ofDays(30)),
            CaName.COMMUNICATION);
    var ok = new CommunicationPolicy.SignerRecord("w9", "WALLET", false);
    assertThatThrownBy(() -> policy.customerAgent(agentRequest(wallet, wk, "a", NOW.plusSeconds(30)), ok))
        .hasMessageContaining("has ended");
    assertThatThrownBy(() -> policy.customerAgent(agentRequest(wallet, wk, "a", NOW.plus(Duration.ofDays(40))), ok))
        .hasMessageContaining("outlasts the wallet");
    KeyPair wk2 = keys();
    X509Certificate longWallet =
        issue(CertificateSpec.wallet(new X500Name("CN=w2"), wk2.getPublic()).validity(Duration.ofDays(800)), CaName.COMMUNICATION);
    assertThatThrownBy(() -> policy.customerAgent(agentRequest(longWallet, wk2, "a", NOW.plus(Duration.ofDays(400))), ok))
        .hasMessageContaining("at most a year");
    // a cardholder may not authorise agents directly
    KeyPair ck = keys();
    X509Certificate card = cardholder(ck, YearMonth.of(2027, 6));
    assertThatThrownBy(
            () -> policy.customerAgent(agentRequest(card, ck, "a", NOW.plus(Duration.ofDays(1))),
                new CommunicationPolicy.SignerRecord("c1", "CARDHOLDER", false)))
        .hasMessageContaining("wallet certificate");
  }

  private CommunicationRequests.Opened agentRequest(X509Certificate wallet, KeyPair walletKeys, String agentId, Instant end)
      throws Exception {
    AgentCertificateRequest request =
        new AgentCertificateRequest(agentId, end, Csrs.request("CN=x", keys(), "SHA256withECDSA").toASN1Structure());
    byte[] der = requests.customerAgent(request, wallet, walletKeys.getPrivate(), NOW);
    return requests.open(der, org.agentset.set.asn1.cert.SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST);
  }

  /** Issues as the CA would at {@code NOW}. */
  private X509Certificate issueAt(CertificateSpec spec) {
    CaMaterial comm = TestHierarchy.p256().authorities().get(CaName.COMMUNICATION);
    return new org.agentset.set.cert.SetCertificateIssuer(
            TestHierarchy.BC, clock, new SecureRandom(),
            new org.agentset.set.asn1.cert.SetQualifier("test", null, null))
        .issue(spec, comm.signing());
  }
}
