package org.agentset.set.msg;

import static org.agentset.set.msg.Tamper.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.crypto.SignedContent;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.junit.jupiter.api.Test;

/** The front door every party shares, and the Error message answering a refusal. */
class WireChecksTest {

  private static final ASN1ObjectIdentifier UNKNOWN = new ASN1ObjectIdentifier("1.2.3.4.5");

  @Test
  void bytesThatAreNoSetMessageAreRefused() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).initiated();

    SetProtocolException e =
        refused(
            () ->
                run.p.merchant.verifyPurchaseRequest(
                    run.answered, HexFormat.of().parseHex("3003020101")),
            Refusal.DECODING);
    assertThat(e.errorCode()).isIn(ErrorCode.DECODING_FAILURE, ErrorCode.BAD_MESSAGE_HEADER);
    byte[] truncated = Run.der(run.answered.message());
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 7);
    refused(() -> run.p.cardholder.purchaseRequest(run.init, cut), Refusal.DECODING);
  }

  @Test
  void messageOfAnotherTypeIsRefused() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).initiated();

    refused(
        () -> run.p.merchant.verifyPurchaseRequest(run.answered, Run.der(run.answered.message())),
        Refusal.UNEXPECTED_MESSAGE);
  }

  @Test
  void messageInAnotherSuiteIsRefused() throws Exception {
    Run p256 = new Run(Parties.of("p256"), Parties.order()).initiated();
    Run rsa = new Run(Parties.of("rsa"), Parties.order()).initiated();

    refused(
        () -> rsa.p.cardholder.purchaseRequest(rsa.init, Run.der(p256.answered.message())),
        Refusal.SUITE_MISMATCH);
  }

  @Test
  void unknownCriticalWrapperExtensionIsRefusedNamingIt() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).requested();
    MessageWrapper w = Tamper.parse(Run.der(run.preq.message()));
    Extension suite = w.getMwExtensions().getExtension(MessageIdentifiers.EXT_ALGORITHM_SUITE);
    Extensions more =
        new Extensions(
            new Extension[] {suite, AgentSetExtensions.critical(UNKNOWN, DERNull.INSTANCE)});
    byte[] wire = new MessageWrapper(w.getMessageHeader(), w.getMessage(), more).getDerEncoded();

    SetProtocolException e =
        refused(
            () -> run.p.merchant.verifyPurchaseRequest(run.answered, wire),
            Refusal.UNRECOGNIZED_EXTENSION);
    assertThat(e.errorOid()).isEqualTo(UNKNOWN);
  }

  @Test
  void headerContradictingTheBodyIsRefused() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).requested();
    MessageWrapper w = Tamper.parse(Run.der(run.preq.message()));
    MessageHeader h = w.getMessageHeader();
    MessageHeader other =
        new MessageHeader(h.getDate(), h.getMessageIds(), new byte[20], h.getSwIdent());
    byte[] wire = new MessageWrapper(other, w.getMessage(), w.getMwExtensions()).getDerEncoded();

    refused(
        () -> run.p.merchant.verifyPurchaseRequest(run.answered, wire), Refusal.WRAPPER_MISMATCH);
  }

  @Test
  void errorAnswersTheRefusedMessageByItsHeader() throws Exception {
    Run run = new Run(Parties.of("p256"), Parties.order()).verified();
    byte[] replay = Run.der(run.preq.message());
    SetProtocolException e =
        refused(
            () -> run.p.merchant.verifyPurchaseRequest(run.answered, replay), Refusal.REPLAYED_XID);

    MessageWrapper error = new SetErrors(run.p.merchantContext).unsigned(replay, e);

    MessageWrapper read = MessageWrapper.parse(error.getDerEncoded(), DerLimits.DEFAULT);
    SetError body = read.getMessage().getBody(SetError.class);
    ErrorTBS tbs = body.getUnsignedError();
    assertThat(tbs.getErrorCode()).isEqualTo(ErrorCode.UNSPECIFIED_FAILURE);
    assertThat(tbs.getErrorMsg().getMessageHeader().getRrpid())
        .isEqualTo(Tamper.parse(replay).getMessageHeader().getRrpid());
    assertThat(read.getMessageHeader().getMessageIds().getXid())
        .isEqualTo(run.preq.transIds().getXid());
  }

  @Test
  void signedErrorCarriesTheCertificateAtFault() throws Exception {
    Parties p =
        Parties.builder("p256")
            .merchantRevocation(pki -> pki.revoking("geo", pki.cert("cca").getSerialNumber()))
            .build();
    Run run = new Run(p, Parties.order()).requested();
    byte[] preq = Run.der(run.preq.message());
    SetProtocolException e =
        refused(
            () -> p.merchant.verifyPurchaseRequest(run.answered, preq),
            Refusal.CERTIFICATE_REVOKED);

    MessageWrapper error =
        new SetErrors(p.merchantContext).signed(preq, e, p.pki.credential("merchant-sig"));

    SetError body = Tamper.parse(error.getDerEncoded()).getMessage().getBody(SetError.class);
    byte[] tbs =
        SignedContent.read(Wire.der(ProtectedContent.toDer(body.getSignedError())))
            .verify(
                p.merchantContext.suite(),
                Certificates.holder(p.pki.cert("merchant-sig")),
                MessageIdentifiers.ERROR_TBS);
    ErrorTBS read = ErrorTBS.getInstance(tbs);
    assertThat(read.getErrorCode()).isEqualTo(ErrorCode.REVOKED_CERTIFICATE);
    assertThat(Certificates.identifies(read.getErrorThumb(), p.pki.cert("cca"))).isTrue();
  }

  @Test
  void errorAboutUndecodableBytesCarriesThemAsReceived() throws Exception {
    Parties p = Parties.of("p256");
    byte[] junk = {0x01, 0x02, 0x03};
    SetProtocolException e = new SetProtocolException(Refusal.DECODING, "MessageWrapper");

    MessageWrapper error = new SetErrors(p.merchantContext).unsigned(junk, e);

    ErrorTBS tbs =
        Tamper.parse(error.getDerEncoded()).getMessage().getBody(SetError.class).getUnsignedError();
    assertThat(tbs.getErrorMsg().getBadWrapper()).isEqualTo(junk);
    assertThat(tbs.getErrorCode()).isEqualTo(ErrorCode.DECODING_FAILURE);
  }
}
