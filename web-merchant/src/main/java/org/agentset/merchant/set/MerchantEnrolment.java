package org.agentset.merchant.set;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.merchant.infra.MerchantSettings;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.MerchantAcquirerID;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;

/**
 * Enrols each merchant with the CA by SET merchant registration, after deployment and with retry
 * (the CA is in the same EAR and may not answer yet; deployment never waits for it): fresh
 * signature and key-exchange keys generated here, Me-AqCInit and CertReq over {@code POST <ca>/set}
 * with the merchant's acquirer identity and enrolment code (set-core's {@link
 * MerchantRegistration}), the keys and certificates sealed into the merchant schema. Every 30
 * seconds until every merchant is enrolled; the reason of a failed attempt is noted on the merchant
 * (back office) and logged once.
 */
@Singleton
@Startup
@DependsOn("MerchantSchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MerchantEnrolment {

  private static final Logger LOG = Logger.getLogger(MerchantEnrolment.class.getName());

  @EJB private CredentialStore store;
  @Inject private MerchantConfig config;

  private final AtomicBoolean running = new AtomicBoolean();
  private final java.util.Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/30",
      persistent = false,
      info = "merchant enrolment")
  void tick() {
    MerchantSettings s = config.settings();
    if (s.keyStorePassword() == null || !running.compareAndSet(false, true)) {
      if (s.keyStorePassword() == null && told.add("no-password")) {
        LOG.warning(
            "No merchant key-store password (agentset.merchant.keystore-password): merchants do"
                + " not enrol with the CA and cannot take SET payments");
      }
      return;
    }
    try {
      List<CredentialStore.Candidate> waiting = store.notEnrolled();
      for (CredentialStore.Candidate c : waiting) {
        enrol(s, c);
      }
      for (CredentialStore.Candidate c : store.withoutGateway()) {
        gateway(s, c);
      }
    } finally {
      running.set(false);
    }
  }

  private void enrol(MerchantSettings s, CredentialStore.Candidate c) {
    try {
      SecureRandom random = new SecureRandom();
      AlgorithmSuite suite = new AlgorithmSuites(EnrolledMerchants.BC, random).p256();
      CaLink ca = new CaLink(s.caUrl());
      var root = ca.root();
      RevocationData revocation = RevocationData.crlsOnly(ca.crls());
      Clock clock = Clock.systemUTC();
      PartyContext context =
          new PartyContext(
              suite,
              random,
              new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
              new CertificateTrust(
                  EnrolledMerchants.BC,
                  new SetPathValidator(EnrolledMerchants.BC, clock, List.of(root)),
                  () -> revocation,
                  List.of()),
              new InMemoryReplayStore(clock),
              "AgentSET-merchant/0.1");
      MerchantRegistration registration =
          new MerchantRegistration(
              context,
              IDData.of(new MerchantAcquirerID(c.bin(), SetString.of(c.merchantId(), 30))),
              "AgentCard",
              "en");
      KeyPair sig = suite.generateKeyPair(KeyPurpose.SIGNATURE);
      KeyPair kx = suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE);
      MerchantRegistration.Result r =
          registration.enrol(
              ca::exchange,
              Map.of(RegistrationForms.ENROLMENT_CODE, MerchantSettings.enrolmentCode(c.code())),
              sig,
              kx);
      if (!r.complete()) {
        fail(c, "the CA did not certify: " + r.status() + " " + r.message());
        return;
      }
      char[] pw = s.keyStorePassword().toCharArray();
      store.save(
          c.id(),
          MerchantCredentials.seal(
              EnrolledMerchants.BC, c.code(), r.signature(), r.keyExchange(), pw),
          root.getEncoded());
      java.util.Arrays.fill(pw, '\0');
      LOG.info(
          "Merchant "
              + c.code()
              + " enrolled with the CA: SET signature and key-exchange certificates issued");
    } catch (IOException
        | SetProtocolException
        | RuntimeException
        | java.security.GeneralSecurityException e) {
      fail(c, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Asks the gateway for its certificates with SET's PCertReq (signed by the merchant), validates
   * the key-exchange certificate it names, and keeps its path for PInitRes and AuthReq.
   */
  private void gateway(MerchantSettings s, CredentialStore.Candidate c) {
    try {
      CredentialStore.Row row = store.find(c.code()).orElseThrow();
      char[] pw = s.keyStorePassword().toCharArray();
      MerchantCredentials.Opened keys =
          MerchantCredentials.open(EnrolledMerchants.BC, c.code(), row.sealed(), pw);
      java.util.Arrays.fill(pw, '\0');
      CaLink ca = new CaLink(s.caUrl());
      PartyContext context = context(ca, MerchantCredentials.certificates(row.root()).get(0));
      org.agentset.set.msg.GatewayCertificates pcert =
          new org.agentset.set.msg.GatewayCertificates(context);
      org.agentset.set.msg.GatewayCertificates.Sent sent =
          pcert.request(keys.signature(), "AgentCard");
      byte[] answer = new HttpGatewayLink(s.gatewayUrl()).send(sent.message().getDerEncoded());
      java.security.cert.X509Certificate kx = pcert.gatewayKeyExchange(sent, answer);
      List<java.security.cert.X509Certificate> path = new java.util.ArrayList<>(List.of(kx));
      List<java.security.cert.X509Certificate> cas = ca.caCertificates();
      java.security.cert.X509Certificate at = kx;
      while (!at.getIssuerX500Principal().equals(at.getSubjectX500Principal())) {
        java.security.cert.X509Certificate current = at;
        java.security.cert.X509Certificate issuer =
            cas.stream()
                .filter(x -> x.getSubjectX500Principal().equals(current.getIssuerX500Principal()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IOException(
                            "the CA does not publish " + current.getIssuerX500Principal()));
        if (issuer.getSubjectX500Principal().equals(issuer.getIssuerX500Principal())) {
          break; // the root stays out of the path
        }
        path.add(issuer);
        at = issuer;
      }
      store.gatewayPath(c.id(), MerchantCredentials.der(path));
      LOG.info(
          "Merchant "
              + c.code()
              + " holds the gateway's key-exchange certificate: SET payments open");
    } catch (IOException | SetProtocolException | RuntimeException e) {
      fail(c, "gateway certificate: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static PartyContext context(CaLink ca, java.security.cert.X509Certificate root)
      throws IOException {
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    RevocationData revocation = RevocationData.crlsOnly(ca.crls());
    try {
      return new PartyContext(
          new AlgorithmSuites(EnrolledMerchants.BC, random).p256(),
          random,
          new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
          new CertificateTrust(
              EnrolledMerchants.BC,
              new SetPathValidator(EnrolledMerchants.BC, clock, List.of(root)),
              () -> revocation,
              ca.caCertificates()),
          new InMemoryReplayStore(clock),
          "AgentSET-merchant/0.1");
    } catch (RuntimeException e) {
      throw new IOException("no trust context: " + e.getMessage(), e);
    }
  }

  private void fail(CredentialStore.Candidate c, String why) {
    store.note(c.id(), why);
    if (told.add(c.code() + why)) {
      LOG.info("Merchant " + c.code() + " not enrolled yet (retrying every 30 s): " + why);
    }
  }
}
