package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.SetDecodingException.Reason;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.gateway.AuthReqData;
import org.agentset.set.asn1.gateway.AuthRes;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PInitRes;
import org.agentset.set.asn1.reg.CertReqData;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input of every kind: always a SetDecodingException naming the reason and the field. */
class NegativeDecodingTest {

  private static final DerLimits LIMITS = DerLimits.DEFAULT;
  private static final String PREQ_PATH = "MessageWrapper.message.purchaseRequest.pReqDualSigned";

  static SetDecodingException failure(byte[] der, Decoder<? extends ASN1Encodable> decoder) {
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class, () -> StrictDer.decode(der, LIMITS, decoder));
    assertThat(e).as("decoding must fail").isNotNull();
    return e;
  }

  static void assertFails(
      byte[] der, Decoder<? extends ASN1Encodable> decoder, Reason reason, String path) {
    SetDecodingException e = failure(der, decoder);
    assertThat(e.getReason()).as(e.getMessage()).isEqualTo(reason);
    assertThat(e.getPath()).as(e.getMessage()).isEqualTo(path);
  }

  static byte[] pInitReq() {
    return Samples.der(PurchaseCases.pInitReq());
  }

  static byte[] pReqWrapper() {
    return MsgCases.wrap(PurchaseCases.pReqDualSigned()).getDerEncoded();
  }

  static Case[] truncationCases() {
    return new Case[] {
      new Case("PInitReq", PurchaseCases.pInitReq(), PInitReq::getInstance),
      new Case(
          "MessageWrapper-PReq",
          MsgCases.wrap(PurchaseCases.pReqDualSigned()),
          MessageWrapper::getInstance),
      new Case("AuthRes", GatewayCases.authRes(), AuthRes::getInstance),
      new Case("CertReqData", RegCases.certReqData(), CertReqData::getInstance),
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truncationCases")
  void truncatedAtEveryOffsetIsTruncated(Case c) {
    byte[] der = c.der();
    for (int n = 0; n < der.length; n++) {
      byte[] prefix = Arrays.copyOf(der, n);
      assertThat(failure(prefix, c.decoder()).getReason())
          .as("prefix of %d bytes", n)
          .isEqualTo(Reason.TRUNCATED);
    }
  }

  @Test
  void oversizedInputIsRefusedAndMapsToMessageTooBig() {
    byte[] der = pReqWrapper();
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class,
            () -> MessageWrapper.parse(der, new DerLimits(der.length - 1, 32)));
    assertThat(e.getReason()).isEqualTo(Reason.OVERSIZED);
    assertThat(ErrorCode.forDecodingFailure(e)).isEqualTo(ErrorCode.MESSAGE_TOO_BIG);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    byte[] der = pReqWrapper();
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class, () -> MessageWrapper.parse(der, new DerLimits(1 << 20, 6)));
    assertThat(e.getReason()).isEqualTo(Reason.TOO_DEEP);
  }

  @Test
  void nonMinimalOuterLengthIsNotDer() {
    byte[] der = pInitReq();
    int headerLength = (der[1] & 0x80) == 0 ? 2 : 2 + (der[1] & 0x7F);
    int contentLength = der.length - headerLength;
    byte[] bad = new byte[3 + 2 + contentLength];
    bad[0] = der[0];
    bad[1] = (byte) 0x83; // three length octets, the first zero
    bad[2] = 0;
    bad[3] = (byte) (contentLength >> 8);
    bad[4] = (byte) contentLength;
    System.arraycopy(der, headerLength, bad, 5, contentLength);
    assertThat(failure(bad, PInitReq::getInstance).getReason()).isEqualTo(Reason.NOT_DER);
  }

  @Test
  void indefiniteLengthIsNotDer() {
    byte[] der = pInitReq();
    int headerLength = (der[1] & 0x80) == 0 ? 2 : 2 + (der[1] & 0x7F);
    byte[] bad = new byte[2 + der.length - headerLength + 2];
    bad[0] = der[0];
    bad[1] = (byte) 0x80;
    System.arraycopy(der, headerLength, bad, 2, der.length - headerLength);
    assertThat(failure(bad, PInitReq::getInstance).getReason()).isEqualTo(Reason.NOT_DER);
  }

  @Test
  void trailingGarbageIsRefused() {
    byte[] der = pInitReq();
    byte[] bad = Arrays.copyOf(der, der.length + 2);
    assertThat(failure(bad, PInitReq::getInstance).getReason()).isEqualTo(Reason.TRAILING_DATA);
  }

  @Test
  void wrongTagNamesTheField() {
    assertFails(
        Tree.replace(pInitReq(), new ASN1Integer(5), 0),
        PInitReq::getInstance,
        Reason.WRONG_TAG,
        "PInitReq.rrpid");
  }

  @Test
  void wrongTagDeepInAMessageNamesTheWholePath() {
    byte[] bad = Tree.replace(pReqWrapper(), new ASN1Integer(5), 1, 1, 0, 0, 2);
    assertFails(
        bad,
        MessageWrapper::getInstance,
        Reason.WRONG_TAG,
        PREQ_PATH + ".oiDualSigned.oiData.transIDs.xid");
    assertThat(ErrorCode.forDecodingFailure(failure(bad, MessageWrapper::getInstance)))
        .isEqualTo(ErrorCode.DECODING_FAILURE);
  }

  @Test
  void wrongSizeNamesTheField() {
    byte[] bad = Tree.replace(pReqWrapper(), new DEROctetString(new byte[19]), 1, 1, 0, 0, 2);
    assertFails(
        bad,
        MessageWrapper::getInstance,
        Reason.BAD_VALUE,
        PREQ_PATH + ".oiDualSigned.oiData.transIDs.xid");
  }

  @Test
  void missingTrailingMandatoryField() {
    byte[] bad = Tree.remove(Tree.remove(pInitReq(), 7), 6);
    assertFails(bad, PInitReq::getInstance, Reason.MISSING_FIELD, "PInitReq.bin");
  }

  @Test
  void missingMiddleFieldShowsAsWrongTagOfThatField() {
    assertFails(
        Tree.remove(pInitReq(), 1), PInitReq::getInstance, Reason.WRONG_TAG, "PInitReq.language");
  }

  @Test
  void extraElementIsUnexpected() {
    assertFails(
        Tree.insert(pInitReq(), DERNull.INSTANCE, 8),
        PInitReq::getInstance,
        Reason.UNEXPECTED_FIELD,
        "PInitReq");
  }

  @Test
  void undefinedEnumValueIsBadValue() {
    byte[] der = Samples.der(MsgCases.errorTbs());
    assertFails(
        Tree.replace(der, new ASN1Enumerated(99), 0),
        ErrorTBS::getInstance,
        Reason.BAD_VALUE,
        "ErrorTBS.errorCode");
    assertFails(
        Tree.replace(der, new ASN1Enumerated(0), 0),
        ErrorTBS::getInstance,
        Reason.BAD_VALUE,
        "ErrorTBS.errorCode");
    assertFails(
        Tree.replace(der, new ASN1Integer(3), 0),
        ErrorTBS::getInstance,
        Reason.WRONG_TAG,
        "ErrorTBS.errorCode");
  }

  @Test
  void encodedDefaultValueIsNotDer() {
    byte[] der = Samples.der(new AuthReqData(GatewayCases.authReqItem(), null, true));
    assertFails(
        Tree.replace(der, ASN1Boolean.FALSE, 1),
        AuthReqData::getInstance,
        Reason.NOT_DER,
        "AuthReqData.captureNow");
  }

  @Test
  void headerRevisionAndVersionAreChecked() {
    byte[] revision = Tree.insert(pReqWrapper(), new ASN1Integer(0), 0, 1);
    assertFails(
        revision,
        MessageWrapper::getInstance,
        Reason.NOT_DER,
        "MessageWrapper.messageHeader.revision");
    assertThat(ErrorCode.forDecodingFailure(failure(revision, MessageWrapper::getInstance)))
        .isEqualTo(ErrorCode.BAD_MESSAGE_HEADER);
    byte[] version = Tree.replace(pReqWrapper(), new ASN1Integer(2), 0, 0);
    assertFails(
        version,
        MessageWrapper::getInstance,
        Reason.BAD_VALUE,
        "MessageWrapper.messageHeader.version");
  }

  @Test
  void unimplementedMessageIsUnsupportedAndUnknownTagIsWrong() {
    byte[] capRev =
        Tree.replace(
            pReqWrapper(),
            new DERTaggedObject(true, 0, new DERTaggedObject(true, 12, new DERSequence())),
            1);
    SetDecodingException e = failure(capRev, MessageWrapper::getInstance);
    assertThat(e.getReason()).isEqualTo(Reason.UNSUPPORTED);
    assertThat(e.getPath()).isEqualTo("MessageWrapper.message.captureReversalRequest");
    assertThat(ErrorCode.forDecodingFailure(e)).isEqualTo(ErrorCode.MESSAGE_NOT_SUPPORTED);
    byte[] unknown =
        Tree.replace(
            pReqWrapper(),
            new DERTaggedObject(true, 0, new DERTaggedObject(true, 77, new DERSequence())),
            1);
    assertFails(unknown, MessageWrapper::getInstance, Reason.WRONG_TAG, "MessageWrapper.message");
  }

  @Test
  void signedFieldRefusesOtherContent() {
    byte[] enveloped =
        Samples.der(
            org.agentset.set.asn1.msg.ProtectedContent.toDer(
                Samples.enveloped(MessageIdentifiers.PINIT_RES_DATA, 1)));
    assertFails(enveloped, PInitRes::getInstance, Reason.BAD_VALUE, "PInitRes.contentType");
  }

  @Test
  void implicitStringSentConstructedIsNotDer() {
    byte[] der = Samples.der(Samples.transIds());
    byte[] bad =
        Tree.replace(der, new DERTaggedObject(true, 0, new DEROctetString(new byte[] {1, 2})), 1);
    assertThat(failure(bad, TransIDs::getInstance).getReason()).isEqualTo(Reason.NOT_DER);
  }

  @Test
  void controlCharacterInVisibleStringIsBadValue() {
    assertFails(
        Tree.replace(pInitReq(), new DERVisibleString("en\u0001"), 1),
        PInitReq::getInstance,
        Reason.BAD_VALUE,
        "PInitReq.language");
  }

  @Test
  void explicitTagSentImplicitIsWrongTag() {
    byte[] bad = Tree.replace(pInitReq(), new DERTaggedObject(false, 1, Samples.thumbs()), 7);
    assertFails(bad, PInitReq::getInstance, Reason.WRONG_TAG, "PInitReq.thumbs");
  }

  @Test
  void gatewayBindingMustBeCriticalAndWellFormed() {
    byte[] der = Samples.der(Samples.piHead());
    GatewayBinding binding = Samples.piHead().getGatewayBinding();
    Extensions nonCritical =
        new Extensions(
            AgentSetExtensions.nonCritical(MessageIdentifiers.EXT_GATEWAY_BINDING, binding));
    assertFails(
        Tree.replace(der, new DERTaggedObject(false, 2, nonCritical), 7),
        PIHead::getInstance,
        Reason.BAD_VALUE,
        "PIHead.piExtensions.gatewayBinding");
    Extensions garbage =
        new Extensions(
            new Extension(
                MessageIdentifiers.EXT_GATEWAY_BINDING, true, new byte[] {0x30, 0x05, 0x01}));
    SetDecodingException e =
        failure(Tree.replace(der, new DERTaggedObject(false, 2, garbage), 7), PIHead::getInstance);
    assertThat(e.getPath()).isEqualTo("PIHead.piExtensions.gatewayBinding");
    assertThat(e.getReason()).isEqualTo(Reason.TRUNCATED);
    byte[] badSuite =
        Tree.replace(
            der,
            new DERTaggedObject(
                false,
                2,
                AgentSetExtensions.of(
                    AgentSetExtensions.critical(
                        MessageIdentifiers.EXT_GATEWAY_BINDING,
                        Tree.replaceValue(
                            binding,
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                MessageIdentifiers.OI_DATA),
                            3)))),
            7);
    assertFails(
        badSuite,
        PIHead::getInstance,
        Reason.BAD_VALUE,
        "PIHead.piExtensions.gatewayBinding.suite");
  }

  @Test
  void attachedContentInADetachedDigestIsUnexpected() {
    byte[] der = Samples.der(Samples.oiData());
    byte[] bad =
        Tree.insert(der, new DERTaggedObject(true, 0, new DEROctetString(new byte[] {1})), 3, 2, 1);
    assertFails(bad, OIData::getInstance, Reason.UNEXPECTED_FIELD, "OIData.hod.encapContentInfo");
  }
}
