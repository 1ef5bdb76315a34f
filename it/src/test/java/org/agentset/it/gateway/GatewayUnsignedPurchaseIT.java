package org.agentset.it.gateway;

import static org.agentset.it.gateway.GatewayAuthorisationIT.bankAuthorisations;
import static org.agentset.it.gateway.GatewayAuthorisationIT.count;
import static org.agentset.it.gateway.GatewayAuthorisationIT.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.msg.AuthorisationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unsigned purchases (a cardholder without a certificate, SET's {@code PIUnsigned}) against the
 * deployed gateway: refused with SET's {@code signatureRequired} by default; allowed while the
 * operator sets the WildFly system property {@code agentset.gateway.allow-unsigned=true}, which the
 * gateway reads at each request. The test sets it through the management API, as an operator would
 * with jboss-cli, and removes it afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayUnsignedPurchaseIT {

  private static final String PROPERTY = "agentset.gateway.allow-unsigned";
  private static final String CARD = "4111111111111111";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @ArquillianResource private ManagementClient management;

  private static Shop shop;
  private static X509Certificate gatewaySig;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-UNSIGNED");
    gatewaySig = GatewayPki.gatewaySignature();
  }

  private static Shop.Purchase unsignedPurchase(long cents) throws Exception {
    return shop.new Purchase(shop.uncertifiedCustomer(CARD, GatewayAuthorisationIT.EXPIRY), cents);
  }

  @Test
  void anUnsignedPurchaseIsRefusedWithSignatureRequiredByDefault() throws Exception {
    Shop.Purchase p = unsignedPurchase(1500);
    assertThat(p.verified.isSigned()).as("SET's unsigned purchase").isFalse();
    long before = count("select count(*) from gateway.refusal where reason = 'SIGNATURE_REQUIRED'");

    HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.SIGNATURE_REQUIRED);
    assertThat(count("select count(*) from gateway.refusal where reason = 'SIGNATURE_REQUIRED'"))
        .isEqualTo(before + 1);
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
    assertThat(bankAuthorisations(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void theOperatorsSwitchAllowsThemWhileItIsOn() throws Exception {
    setAllowUnsigned(true);
    try {
      Shop.Purchase p = unsignedPurchase(1700);
      HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));
      assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.AUTHORIZATION_RESPONSE);
      AuthorisationResult result = shop.payments.processAuthorisationResponse(p.authReq, r.body());

      assertThat(result.approved()).isTrue();
      assertThat(result.capToken()).isNotNull();
      Map<String, Object> row = GatewayAuthorisationIT.record(p.verified.transIds().getXid());
      assertThat(row.get("state")).isEqualTo("AUTHORISED");
      assertThat(row.get("authorised_minor")).isEqualTo(1700L);
      assertThat(row.get("pan_last4")).isEqualTo("1111");
      assertThat(bankAuthorisations(p.verified.transIds().getXid())).isEqualTo(1);
    } finally {
      setAllowUnsigned(false);
    }
    // switched off again: the next unsigned purchase is refused
    Shop.Purchase after = unsignedPurchase(1800);
    HttpResponse<byte[]> r = GatewayHttp.set(after.authReq(false));
    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.SIGNATURE_REQUIRED);
    assertThat(transactions(after.verified.transIds().getXid())).isZero();
  }

  /** Adds or removes the system property in the running server, as jboss-cli would. */
  private void setAllowUnsigned(boolean allow) throws Exception {
    ModelNode op = new ModelNode();
    op.get("operation").set(allow ? "add" : "remove");
    op.get("address").add("system-property", PROPERTY);
    if (allow) {
      op.get("value").set("true");
    }
    ModelNode result = management.getControllerClient().execute(op);
    assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
  }
}
