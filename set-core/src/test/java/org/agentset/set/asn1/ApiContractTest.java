package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.SetDecodingException.Reason;
import org.agentset.set.asn1.gateway.CapReqData;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.ErrorMsg;
import org.agentset.set.asn1.msg.Linked;
import org.agentset.set.asn1.msg.Message;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.PANData;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.PIData;
import org.agentset.set.asn1.purchase.PInitReq;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.asn1.purchase.PRes;
import org.agentset.set.asn1.reg.CertInqRes;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.junit.jupiter.api.Test;

/** The contract the flow code relies on: how values are built, read and refused. */
class ApiContractTest {

  @Test
  void parseReturnsTheTypedMessageAndSuite() {
    byte[] wire = MsgCases.wrap(PurchaseCases.pReqDualSigned()).getDerEncoded();
    MessageWrapper w = MessageWrapper.parse(wire, org.agentset.set.asn1.der.DerLimits.DEFAULT);
    assertThat(w.getMessage().getType()).isEqualTo(MessageType.PURCHASE_REQUEST);
    PReq preq = w.getMessage().getBody(PReq.class);
    assertThat(preq.isDualSigned()).isTrue();
    assertThat(preq.getOiData().getGatewayBinding().getPeThumb()).isEqualTo(Samples.thumb(0x80));
    assertThat(w.getAlgorithmSuite()).isEqualTo(Samples.SUITE_P256);
    assertThat(w.getMessageHeader().getMessageIds().getXid()).isEqualTo(Samples.nonce(0x30));
    assertThatThrownBy(() -> w.getMessage().getBody(PRes.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void getInstanceOfBytesIsStrict() {
    byte[] der = Samples.der(PurchaseCases.pInitReq());
    assertThat(PInitReq.getInstance(der)).isEqualTo(PurchaseCases.pInitReq());
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class,
            () -> PInitReq.getInstance(Arrays.copyOf(der, der.length + 1)));
    assertThat(e.getReason()).isEqualTo(Reason.TRAILING_DATA);
    assertThat(e.getPath()).isEqualTo("PInitReq");
  }

  @Test
  void getInstanceRefusesNullAndOtherTypesTyped() {
    assertThat(
            catchThrowableOfType(SetDecodingException.class, () -> PInitReq.getInstance(null))
                .getReason())
        .isEqualTo(Reason.MISSING_FIELD);
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class, () -> PInitReq.getInstance(DERNull.INSTANCE));
    assertThat(e.getReason()).isEqualTo(Reason.WRONG_TAG);
    assertThat(e.getPath()).isEqualTo("PInitReq");
    assertThat(
            catchThrowableOfType(SetDecodingException.class, () -> PInitReq.getInstance("text"))
                .getReason())
        .isEqualTo(Reason.WRONG_TAG);
  }

  @Test
  void constructorsRefuseValuesTheTypeCannotHold() {
    assertThatThrownBy(
            () -> new TransIDs(Samples.bytes(1, 4), null, new byte[19], Instant.EPOCH, null, "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xid");
    assertThatThrownBy(
            () -> new TransIDs(Samples.bytes(1, 4), null, Samples.nonce(1), null, null, "en"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("pReqDate");
    assertThatThrownBy(
            () -> new PANData("4123450000000019", "202813", Samples.bytes(1, 32), Samples.nonce(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> new CurrencyAmount(978, -1, -2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CurrencyAmount(978, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SetString.of("\uD83D\uDE00", 40))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SetString.of("", 40)).isInstanceOf(IllegalArgumentException.class);
    AlgorithmIdentifier notASuite = new AlgorithmIdentifier(MessageIdentifiers.OI_DATA);
    assertThatThrownBy(
            () ->
                new GatewayBinding(
                    Samples.thumb(1), null, Samples.brand(), notASuite, GatewayBinding.LABEL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageWrapper.suiteExtensions(notASuite))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Message.of(Samples.transIds()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ContentKind.SIGNED.check("f", Samples.enveloped(MessageIdentifiers.PI, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void setStringKeepsItsAlternative() {
    assertThat(Samples.der(SetString.of("Kaart", 40))[0]).isEqualTo((byte) 0x1A);
    assertThat(Samples.der(SetString.of("Kärtchen", 40))[0]).isEqualTo((byte) 0x1E);
  }

  @Test
  void unrecognizedCriticalExtensionIsFound() {
    ASN1ObjectIdentifier unknown = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");
    Extensions ext =
        AgentSetExtensions.of(
            AgentSetExtensions.critical(
                MessageIdentifiers.EXT_GATEWAY_BINDING, Samples.piHead().getGatewayBinding()),
            AgentSetExtensions.critical(unknown, DERNull.INSTANCE),
            AgentSetExtensions.nonCritical(
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.2"), DERNull.INSTANCE));
    assertThat(
            AgentSetExtensions.firstUnrecognizedCritical(
                ext, Set.of(MessageIdentifiers.EXT_GATEWAY_BINDING)))
        .isEqualTo(unknown);
    assertThat(
            AgentSetExtensions.firstUnrecognizedCritical(
                ext, Set.of(MessageIdentifiers.EXT_GATEWAY_BINDING, unknown)))
        .isNull();
    assertThat(AgentSetExtensions.firstUnrecognizedCritical(null, Set.of())).isNull();
  }

  @Test
  void badWrapperKeepsAtMostTwentyKilobytes() {
    assertThat(ErrorMsg.ofBadWrapper(new byte[30000]).getBadWrapper())
        .hasSize(ErrorMsg.MAX_BAD_WRAPPER);
  }

  @Test
  void cardDataNeverReachesToStringOrErrors() {
    PIData piData = new PIData(Samples.piHead(), Samples.panData());
    assertThat(piData.toString()).doesNotContain("412345");
    assertThat(Samples.panData().toString()).doesNotContain("412345");
    byte[] der = Samples.der(Samples.panData());
    byte[] bad = Tree.replace(der, new DERNumericString("41234500000000199999"), 0);
    SetDecodingException e =
        catchThrowableOfType(SetDecodingException.class, () -> PANData.getInstance(bad));
    assertThat(e.getPath()).isEqualTo("PANData.pan");
    assertThat(e.getMessage()).doesNotContain("412345");
  }

  @Test
  void sequenceOfErrorsNameTheElementIndex() {
    byte[] der = Samples.der(GatewayCases.capReqData());
    byte[] bad = Tree.replace(der, new DEROctetString(new byte[3]), 2, 0, 0, 2);
    SetDecodingException e =
        catchThrowableOfType(SetDecodingException.class, () -> CapReqData.getInstance(bad));
    assertThat(e.getPath()).isEqualTo("CapReqData.capItemSeq[0].transIDs.xid");
    assertThat(e.getReason()).isEqualTo(Reason.BAD_VALUE);
  }

  @Test
  void linkedReportsItsFirstElementUnderL() {
    Linked linked =
        new Linked(new DERSequence(DERNull.INSTANCE), Samples.dd(MessageIdentifiers.PI, 1));
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class, () -> linked.getFirst(PInitReq::getInstance));
    assertThat(e.getPath()).isEqualTo("L.t1.rrpid");
  }

  @Test
  void certInqResErrorsAreNamedAsSuch() {
    SetDecodingException e =
        catchThrowableOfType(
            SetDecodingException.class, () -> CertInqRes.getInstance(new DERSequence()));
    assertThat(e.getPath()).isEqualTo("CertInqRes");
  }
}
