package org.agentset.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.it.ca.CaClient;
import org.agentset.it.ca.CaOperators;
import org.agentset.it.ca.Pki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CA's admin console in headless Chromium: an administrator signs in, searches, opens a
 * certificate and revokes it with a reason and a confirmation; an auditor sees the same
 * certificate without the revoke control, and the server refuses the revocation page and the
 * revocation call to that auditor's session. Screenshots in {@code target/screenshots/ca-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaConsoleBrowserIT {

  private static final String BASE = System.getProperty("agentset.it.http");

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @BeforeAll
  static void operators() throws Exception {
    CaOperators.seed();
  }

  @Test
  void anAdministratorSearchesAndRevokesWithAReasonAndAConfirmation() throws Exception {
    String serial =
        Pki.certificates(CaClient.issueMerchant("CN=Console Books, O=Console Books, C=NL", CaClient.p256(), "CB-1"))
            .get(0)
            .getSerialNumber()
            .toString(16);
    try (Browser browser = Browser.start()) {
      CaConsolePage console = new CaConsolePage(browser.driver(), BASE);
      assertThat(console.failedSignIn(CaOperators.ADMIN, "not the password"))
          .contains("The user name or password is wrong");
      browser.screenshot("ca-login-refused");
      console.signIn(CaOperators.ADMIN, CaOperators.PASSWORD);
      assertThat(console.operator()).isEqualTo(CaOperators.ADMIN);
      assertThat(console.role()).isEqualTo("Administrator");
      assertThat(console.heading()).isEqualTo("Dashboard");
      assertThat(console.has("issuance")).isTrue();
      browser.screenshot("ca-dashboard");

      console.open("/admin/hierarchy.xhtml");
      assertThat(console.text("tree")).contains("AgentSET Root CA", "AgentCard Merchant CA", "AgentSET Communication CA", "Key exchange");
      browser.screenshot("ca-hierarchy");

      List<String> found = console.search("console books", "Valid");
      assertThat(found).containsExactly(serial);
      browser.screenshot("ca-search");
      console.openListed(serial);
      assertThat(console.text("status")).isEqualTo("VALID");
      assertThat(console.text("extensions")).contains("SET merchant data", "merchant CB-1", "OCSP: " + BASE + "/ca/ocsp");
      browser.screenshot("ca-certificate");

      console.revoke("Key compromise");
      browser.screenshot("ca-revoke-confirm");
      console.confirm();
      assertThat(console.text("status")).isEqualTo("REVOKED");
      assertThat(console.text("revocation")).contains("Key compromise", "by " + CaOperators.ADMIN);
      assertThat(console.messages()).contains("Certificate revoked");
      assertThat(console.has("revokeLink")).isFalse();
      browser.screenshot("ca-revoked");

      assertThat(console.search("console books", "Revoked")).containsExactly(serial);
      console.open("/admin/audit.xhtml");
      assertThat(console.text("audit:events")).contains("REVOKE", serial, CaOperators.ADMIN);
      browser.screenshot("ca-audit");
      console.signOut();
    }
  }

  @Test
  void anAuditorSeesNoRevokeControlAndIsRefusedByTheServer() throws Exception {
    String serial =
        Pki.certificates(CaClient.issueMerchant("CN=Audited Books, O=Audited Books, C=NL", CaClient.p256(), "AB-1"))
            .get(0)
            .getSerialNumber()
            .toString(16);
    try (Browser browser = Browser.start()) {
      CaConsolePage console = new CaConsolePage(browser.driver(), BASE);
      console.signIn(CaOperators.AUDITOR, CaOperators.PASSWORD);
      assertThat(console.role()).isEqualTo("Auditor");
      assertThat(console.has("navIssue")).isFalse();
      console.open("/admin/certificate.xhtml?serial=" + serial);
      assertThat(console.text("status")).isEqualTo("VALID");
      assertThat(console.has("revokeLink")).isFalse();
      browser.screenshot("ca-auditor-certificate");

      console.open("/admin/revoke.xhtml?serial=" + serial);
      assertThat(console.text("errorTitle")).isEqualTo("Not allowed");
      browser.screenshot("ca-auditor-refused");
      console.open("/admin/issue.xhtml");
      assertThat(console.text("errorTitle")).isEqualTo("Not allowed");

      // the auditor's own signed-in session, calling the revocation service directly
      HttpResponse<String> direct =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(BASE + "/ca/api/admin/certificates/" + serial + "/revocation"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Cookie", "JSESSIONID=" + console.sessionCookie())
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"KEY_COMPROMISE\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(direct.statusCode()).isEqualTo(403);

      console.open("/admin/certificate.xhtml?serial=" + serial);
      assertThat(console.text("status")).isEqualTo("VALID");
      console.open("/admin/audit.xhtml");
      assertThat(console.text("audit:events")).contains(CaOperators.AUDITOR, "REFUSED");
    }
  }
}
