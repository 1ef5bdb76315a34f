package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dual signature end to end: the cardholder signs once, the merchant verifies knowing OIData
 * and DD(PIData), the gateway verifies knowing PIData (from the EX it opens) and DD(OIData).
 */
class DualSignatureTest {

  private static final String SUITES = "org.agentset.set.crypto.Reasons#suites";

  /** What the cardholder builds for one purchase. */
  private record Purchase(byte[] piSignature, Link oiDualSigned, byte[] exPiData) {}

  @ParameterizedTest
  @MethodSource(SUITES)
  void storedPiSignatureVerifiesForMerchantAndGateway(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    byte[] stored = Vectors.read(suite, "pisignature.der");
    dual.verifyAsMerchant(
        stored, dual.oiDualSigned(Vectors.oiData(), Vectors.piData()), alice(suite));
    dual.verifyAsGateway(
        stored,
        Vectors.piData(),
        dual.piOiLink(Fixtures.value("PIHead"), Vectors.oiData()),
        alice(suite));
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void merchantAndGatewayEachVerifyWhatTheyCanSee(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    // merchant: OIData in clear, PIData only as a digest
    dual.verifyAsMerchant(
        purchase.piSignature(),
        Link.getInstance(Der.decode(Der.encode(purchase.oiDualSigned()), "x"), "OIDualSigned"),
        alice(suite));
    // gateway: opens EX(P, PI-OILink, PANData), rebuilds PIData, verifies
    OpenedContent opened = dual.openExPiData(purchase.exPiData(), gateway(suite));
    Link piOiLink = Link.getInstance(Der.decode(opened.content(), "x"), "PI-OILink");
    assertThat(Der.encode(piOiLink.content())).isEqualTo(Der.encode(piHead()));
    assertThat(opened.extra()).isEqualTo(Der.encode(Fixtures.panData()));
    ASN1Encodable piData = piData(piOiLink.content(), Der.decode(opened.extra(), "PANData"));
    dual.verifyAsGateway(purchase.piSignature(), piData, piOiLink, alice(suite));
    dual.verifyAsGateway(
        purchase.piSignature(), piData, piOiLink, TestKeys.signing(suite, "alice").getPublic());
    // and the gateway can check the merchant's HOIData against the one inside the PI
    new Digests(suite).check(piOiLink.digest(), SetContentTypes.OI_DATA, oiData(), "HOIData");
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void merchantRefusesAnotherOrder(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    Link changedOrder =
        new Link(Fixtures.value("OIData for 3 widgets"), purchase.oiDualSigned().digest());
    fails(
        () -> dual.verifyAsMerchant(purchase.piSignature(), changedOrder, alice(suite)),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void merchantRefusesAnotherPaymentDigest(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    DigestedData otherPi =
        new Digests(suite)
            .digestedData(
                SetContentTypes.PI_DATA,
                piData(Fixtures.value("PIHead for another merchant"), Fixtures.panData()));
    fails(
        () ->
            dual.verifyAsMerchant(
                purchase.piSignature(), new Link(oiData(), otherPi), alice(suite)),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void gatewayRefusesAnotherHeadPanDataOrOrderDigest(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    Link link = dual.piOiLink(piHead(), oiData());
    fails(
        () ->
            dual.verifyAsGateway(
                purchase.piSignature(),
                piData(Fixtures.value("PIHead, amount 9999"), Fixtures.panData()),
                link,
                alice(suite)),
        Reason.DIGEST_MISMATCH);
    fails(
        () ->
            dual.verifyAsGateway(
                purchase.piSignature(),
                piData(piHead(), Fixtures.panData("5500000000000004", new byte[32], new byte[20])),
                link,
                alice(suite)),
        Reason.DIGEST_MISMATCH);
    fails(
        () ->
            dual.verifyAsGateway(
                purchase.piSignature(),
                piData(piHead(), Fixtures.panData()),
                dual.piOiLink(piHead(), Fixtures.value("another order")),
                alice(suite)),
        Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aSignatureFromAnotherPurchaseOrCardholderFails(AlgorithmSuite suite) throws Exception {
    DualSignature dual = dual(suite);
    Purchase mine = purchase(suite, piHead(), oiData(), Fixtures.panData());
    Purchase other = purchase(suite, piHead(), Fixtures.value("another order"), Fixtures.panData());
    fails(
        () -> dual.verifyAsMerchant(other.piSignature(), mine.oiDualSigned(), alice(suite)),
        Reason.DIGEST_MISMATCH);
    Signer mallory = Fixtures.signer(suite, "mallory");
    byte[] forged = dual.sign(mallory, piData(piHead(), Fixtures.panData()), oiData());
    fails(
        () -> dual.verifyAsMerchant(forged, mine.oiDualSigned(), alice(suite)),
        Reason.WRONG_SIGNER);
    fails(
        () ->
            dual.verifyAsMerchant(
                forged, mine.oiDualSigned(), TestKeys.signing(suite, "alice").getPublic()),
        Reason.BAD_SIGNATURE);
    fails(
        () ->
            dual.verifyAsMerchant(
                Tamper.flipSignature(mine.piSignature()), mine.oiDualSigned(), alice(suite)),
        Reason.BAD_SIGNATURE);
    fails(
        () ->
            dual.verifyAsMerchant(
                Tamper.truncate(mine.piSignature(), 1), mine.oiDualSigned(), alice(suite)),
        Reason.MALFORMED);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void aVerifierOfAnotherSuiteRefusesTheSignature(AlgorithmSuite suite) throws Exception {
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    AlgorithmSuite other = Reasons.other(suite);
    fails(
        () ->
            dual(other)
                .verifyAsMerchant(
                    purchase.piSignature(),
                    purchase.oiDualSigned(),
                    Fixtures.signingCertificate(other, "alice")),
        Reason.SUITE_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource(SUITES)
  void theGatewaysHalfIsOnlyForTheGateway(AlgorithmSuite suite) throws Exception {
    Purchase purchase = purchase(suite, piHead(), oiData(), Fixtures.panData());
    fails(
        () -> dual(suite).openExPiData(purchase.exPiData(), Fixtures.recipientKey(suite, "eve")),
        Reason.WRONG_RECIPIENT);
    fails(
        () -> dual(suite).openExPiData(Tamper.flipSealedBlock(purchase.exPiData()), gateway(suite)),
        Reason.DECRYPTION_FAILED);
    fails(
        () ->
            dual(Reasons.other(suite))
                .openExPiData(
                    purchase.exPiData(), Fixtures.recipientKey(Reasons.other(suite), "bob")),
        Reason.SUITE_MISMATCH);
  }

  private static Purchase purchase(
      AlgorithmSuite suite, ASN1Encodable piHead, ASN1Encodable oiData, ASN1Encodable panData)
      throws SetCryptoException {
    DualSignature dual = dual(suite);
    ASN1Encodable piData = piData(piHead, panData);
    byte[] signature = dual.sign(Fixtures.signer(suite, "alice"), piData, oiData);
    byte[] ex = dual.exPiData(gateway(suite).recipient(), dual.piOiLink(piHead, oiData), panData);
    return new Purchase(signature, dual.oiDualSigned(oiData, piData), ex);
  }

  private static ASN1Encodable piData(ASN1Encodable piHead, ASN1Encodable panData) {
    return new DERSequence(new ASN1Encodable[] {piHead, panData});
  }

  private static ASN1Encodable piHead() {
    return Fixtures.value("PIHead: XID, HOD, amount 4200, merchant 42, gateway thumbprint");
  }

  private static ASN1Encodable oiData() {
    return Fixtures.value("OIData: XID, HOD, ODSalt, Chall-M");
  }

  private static DualSignature dual(AlgorithmSuite suite) {
    return new DualSignature(suite, new DeterministicRandom("dual " + suite.name()));
  }

  private static RecipientKey gateway(AlgorithmSuite suite) {
    return Fixtures.recipientKey(suite, "bob");
  }

  private static X509CertificateHolder alice(AlgorithmSuite suite) {
    return Fixtures.signingCertificate(suite, "alice");
  }
}
