package org.agentset.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.it.ca.CaClient;
import org.agentset.it.ca.CaOperators;
import org.agentset.it.ca.Pki;
import org.agentset.server.DatabaseSettings;
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
import org.agentset.set.reg.MerchantRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's Registrations page in headless Chromium: a merchant's SET registration over HTTP
 * shows up as an issued transaction and a wrong enrolment code as a refused one; an administrator
 * rejects a registration under review with a confirmation; an auditor sees the page without the
 * decision controls. Screenshots in {@code target/screenshots/ca-registrations-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaRegistrationsBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http");

  /** A registration under review that only this test decides. */
  private static final String REVIEWED = "browser-review-shop";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @BeforeAll
  static void setUp() throws Exception {
    CaOperators.seed();
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s =
            c.prepareStatement(
                "insert into ca.acquirer_registration (reference, kind, acquirer_bin, merchant_id,"
                    + " name, category_code, city, country_name, country_code, status,"
                    + " enrolment_salt, enrolment_hash) values (?, 'MERCHANT', '412345',"
                    + " 'BRS-0042', 'Browser Review Shop', '5999', 'Delft', 'Netherlands', 528,"
                    + " 'REVIEW', ?, ?) on conflict do nothing")) {
      s.setString(1, REVIEWED);
      s.setBytes(2, new byte[16]);
      s.setBytes(3, new byte[32]);
      s.executeUpdate();
    }
  }

  private static PartyContext context() throws Exception {
    List<X509Certificate> cas =
        Pki.certificates(new String(CaClient.get("/ca/pki/ca-certs.pem").body()));
    X509Certificate root =
        cas.stream()
            .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow();
    List<X509CRL> crls = new ArrayList<>();
    CertificateFactory cf = CertificateFactory.getInstance("X.509", CaClient.BC);
    for (String ca : List.of("root", "brand", "geo", "merchant")) {
      crls.add(
          (X509CRL)
              cf.generateCRL(
                  new java.io.ByteArrayInputStream(
                      CaClient.get("/ca/pki/crl/" + ca + ".crl").body())));
    }
    AlgorithmSuite suite = new AlgorithmSuites(CaClient.BC, new SecureRandom()).p256();
    Clock clock = Clock.systemUTC();
    return new PartyContext(
        suite,
        new SecureRandom(),
        new Freshness(clock, Duration.ofMinutes(10), Duration.ofMinutes(2)),
        new CertificateTrust(
            CaClient.BC,
            new SetPathValidator(CaClient.BC, clock, List.of(root)),
            () -> RevocationData.crlsOnly(crls),
            List.of()),
        new InMemoryReplayStore(clock),
        "AgentSET-browser-IT/1");
  }

  private static MerchantRegistration.Result register(PartyContext context, String code)
      throws Exception {
    MerchantRegistration m =
        new MerchantRegistration(
            context,
            IDData.of(new MerchantAcquirerID("412345", SetString.of("HBT-0003", 30))),
            "AgentCard",
            "en");
    AlgorithmSuite suite = context.suite();
    return m.enrol(
        request -> {
          try {
            HttpResponse<byte[]> r =
                CaClient.post("/ca/set", "application/set-registration", request);
            return r.body();
          } catch (InterruptedException e) {
            throw new java.io.IOException(e);
          }
        },
        Map.of(RegistrationForms.ENROLMENT_CODE, code),
        suite.generateKeyPair(KeyPurpose.SIGNATURE),
        suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE));
  }

  @Test
  void registrationsAreListedAndAnAdministratorDecidesOneUnderReview() throws Exception {
    PartyContext context = context();
    MerchantRegistration.Result ok = register(context, "herbarium-4R6N-P1ZC");
    assertThat(ok.complete()).isTrue();
    String serial = ok.signature().certificate().getSerialNumber().toString(16);
    try {
      register(context, "not-the-code");
    } catch (org.agentset.set.msg.SetProtocolException expected) {
      // refused with a SET Error; the console lists it below
    }

    try (Browser browser = Browser.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      CaConsolePage console = new CaConsolePage(driver, BASE);
      console.signIn(CaOperators.ADMIN, CaOperators.PASSWORD);
      driver.findElement(By.id("navRegistrations")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registrations:requests")));
      assertThat(console.heading()).isEqualTo("Registration transactions");
      String requests = console.text("registrations:requests");
      assertThat(requests).contains("MERCHANT", "herbarium-tea", "ISSUED", serial, "REFUSED");
      assertThat(requests).contains("IDENTITY_MISMATCH");
      String acquirers = console.text("registrations:acquirers");
      assertThat(acquirers).contains("nordlicht-books", "agentset-gateway", REVIEWED, "REVIEW");
      browser.screenshot("ca-registrations-admin");

      By reject =
          By.xpath(
              "//table//tr[td[normalize-space()='"
                  + REVIEWED
                  + "']]//button[contains(@id,':reject')]");
      driver.findElement(reject).click();
      By yes = By.id("registrations:yes");
      wait.until(ExpectedConditions.visibilityOfElementLocated(yes));
      browser.screenshot("ca-registrations-confirm");
      driver.findElement(yes).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("Registration rejected"));
      assertThat(driver.findElements(reject)).isEmpty();
      assertThat(
              driver
                  .findElement(By.xpath("//table//tr[td[normalize-space()='" + REVIEWED + "']]"))
                  .getText())
          .contains("REJECTED");
      browser.screenshot("ca-registrations-decided");
      console.signOut();

      console.signIn(CaOperators.AUDITOR, CaOperators.PASSWORD);
      driver.findElement(By.id("navRegistrations")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registrations:acquirers")));
      assertThat(console.text("registrations:acquirers"))
          .contains(REVIEWED)
          .doesNotContain("Decision");
      assertThat(
              driver.findElements(By.cssSelector("button[id$=':approve'], button[id$=':reject']")))
          .isEmpty();
      browser.screenshot("ca-registrations-auditor");
    }
  }
}
