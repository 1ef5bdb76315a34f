package org.agentset.it.gateway;

import static org.agentset.it.gateway.GatewayAuthorisationIT.EXPIRY;
import static org.agentset.it.gateway.GatewayAuthorisationIT.bankHolds;
import static org.agentset.it.gateway.GatewayAuthorisationIT.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.it.ca.CaClient;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.reg.CardholderRegistration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second half of the gateway's check 5, over the deployed parties: TransStain = HMAC(XID,
 * CardSecret) binds the purchase to the cardholder's registration, and only the card's issuer can
 * verify it, because only the issuer holds the CardSecret. The CA hands it over when it certifies
 * the cardholder (ISO 8583 issuer file update 0302 over the bank network), the gateway forwards
 * TransStain, XID and the cardholder certificate's serial in field 48 of the authorisation, and the
 * issuer declines a TransStain its CardSecret does not make with 63 (security violation), which the
 * gateway answers as SET's piAuthMismatch. A card the issuer does not know gets no certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayTransStainIT {

  private static final String CARD = "5200000000000015";
  private static final String UNKNOWN_CARD = "4000000000000044";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-STAIN");
  }

  @Test
  void aTransStainNotMadeWithTheRegisteredCardSecretIsDeclinedByTheIssuer() throws Exception {
    byte[] otherSecret = new byte[20];
    new SecureRandom().nextBytes(otherSecret);
    Shop.Purchase forged =
        shop.new Purchase(shop.customerWithCardSecret(CARD, EXPIRY, otherSecret), 1500);
    byte[] xid = forged.verified.transIds().getXid();

    AuthorisationResult result = authorise(forged);

    assertThat(result.approved()).isFalse();
    assertThat(result.header().getAuthCode()).isEqualTo(AuthCode.PI_AUTH_MISMATCH);
    assertThat(result.capToken()).isNull();
    Map<String, Object> row = GatewayAuthorisationIT.record(xid);
    assertThat(row.get("state")).isEqualTo("DECLINED");
    assertThat(row.get("response_code")).isEqualTo("63");
    assertThat((String) row.get("failure_reason")).contains("63");
    assertThat(issuerAnswers(xid)).containsExactly("63");
    assertThat(bankHolds(xid)).isZero();

    Shop.Purchase honest = shop.new Purchase(shop.customer(CARD, EXPIRY), 1500);
    assertThat(authorise(honest).approved())
        .as("the same card with the CardSecret it registered")
        .isTrue();
    assertThat(issuerAnswers(honest.verified.transIds().getXid())).containsExactly("00");
  }

  @Test
  void theIssuerKeepsEachCertificatesCardSecretSealed() throws Exception {
    CardholderRegistration.Result r = shop.enrolment(CARD, EXPIRY, CaClient.p256());
    assertThat(r.complete()).isTrue();
    String serial = serialHex(r.credential().certificate().getSerialNumber());
    byte[] secret = r.card().cardSecret();

    List<byte[]> sealed = new ArrayList<>();
    try (Connection c = GatewayPki.db();
        PreparedStatement s =
            c.prepareStatement(
                "select sealed_secret from bank.card_secret where cardholder_serial = ?")) {
      s.setString(1, serial);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sealed.add(rs.getBytes(1));
        }
      }
    }
    assertThat(sealed).as("the issuer's record of certificate " + serial).hasSize(1);
    String sealedHex = HexFormat.of().formatHex(sealed.get(0));
    assertThat(sealedHex).doesNotContain(HexFormat.of().formatHex(secret));
    assertThat(
            count(
                "select count(*) from information_schema.columns where table_schema in ('ca',"
                    + " 'gateway') and (column_name like '%card_secret%' or column_name like"
                    + " '%cardsecret%')"))
        .as("neither the CA nor the gateway keeps a CardSecret")
        .isZero();
  }

  @Test
  void theCaGivesNoCertificateForACardItsIssuerDoesNotKnow() throws Exception {
    KeyPair key = CaClient.p256();

    CardholderRegistration.Result r = shop.enrolment(UNKNOWN_CARD, EXPIRY, key);

    assertThat(r.complete()).isFalse();
    assertThat(r.status()).isEqualTo(CertStatusCode.REJECTED_BY_ISSUER);
    assertThat(r.message()).contains("issuer does not know this card");
    byte[] keyHash = MessageDigest.getInstance("SHA-256").digest(key.getPublic().getEncoded());
    assertThat(
            count("select count(*) from ca.certificate_record where public_key_hash = ?", keyHash))
        .as("the certificate issued before the issuer refused is undone")
        .isZero();
    assertThat(
            count(
                "select count(*) from ca.registration_request where kind = 'CARDHOLDER' and"
                    + " outcome = 'REFUSED' and detail like '%REJECTED_BY_ISSUER%' and"
                    + " received_at > now() - interval '5 minutes'"))
        .isPositive();
  }

  private static AuthorisationResult authorise(Shop.Purchase p) throws Exception {
    HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));
    assertThat(r.statusCode()).isEqualTo(200);
    return shop.payments.processAuthorisationResponse(p.authReq, r.body());
  }

  /** The issuer's answers to the authorisations of the XID, from its message log. */
  private static List<String> issuerAnswers(byte[] xid) throws Exception {
    List<String> codes = new ArrayList<>();
    try (Connection c = GatewayPki.db();
        PreparedStatement s =
            c.prepareStatement(
                "select response_code from bank.message_log where message_class ="
                    + " 'AUTHORISATION' and xid = ? order by id")) {
      s.setBytes(1, xid);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
    }
    return codes;
  }

  private static String serialHex(java.math.BigInteger serial) {
    byte[] bytes = serial.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return HexFormat.of().withUpperCase().formatHex(bytes, skip, bytes.length);
  }
}
