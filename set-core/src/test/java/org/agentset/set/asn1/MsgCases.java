package org.agentset.set.asn1;

import static org.agentset.set.asn1.Samples.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.ErrorMsg;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.Message;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.PANOnly;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.asn1.msg.SetError;
import org.bouncycastle.asn1.ASN1Object;

/** Sample wrappers, headers and errors; a MessageWrapper for every message AgentSET implements. */
public final class MsgCases {

  private MsgCases() {}

  public static MessageHeader header() {
    return new MessageHeader(
        DATE,
        new MessageIDs(bytes(0x10, 8), bytes(0x20, 8), nonce(0x30)),
        nonce(0x11),
        "AgentSET/0.1");
  }

  public static MessageWrapper wrap(ASN1Object body) {
    return new MessageWrapper(
        header(), Message.of(body), MessageWrapper.suiteExtensions(SUITE_P256));
  }

  public static ErrorTBS errorTbs() {
    return new ErrorTBS(
        ErrorCode.THUMBS_MISMATCH, nonce(0x41), null, thumb(0x42), ErrorMsg.ofHeader(header()));
  }

  /** The first sample of every message type, keyed by type. */
  public static Map<MessageType, ASN1Object> bodies() {
    Map<MessageType, ASN1Object> bodies = new LinkedHashMap<>();
    List<Case> all = new ArrayList<>(PurchaseCases.all());
    all.addAll(GatewayCases.all());
    all.addAll(RegCases.all());
    for (Case c : all) {
      MessageType type = MessageType.forBody(c.value());
      if (type != null) {
        bodies.putIfAbsent(type, c.value());
      }
    }
    bodies.put(MessageType.ERROR, SetError.unsigned(errorTbs()));
    return bodies;
  }

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("MessageHeader", header(), MessageHeader::getInstance));
    cases.add(
        new Case(
            "MessageHeader-minimal",
            new MessageHeader(DATE, null, null, "x"),
            MessageHeader::getInstance));
    cases.add(new Case("ErrorTBS", errorTbs(), ErrorTBS::getInstance));
    cases.add(
        new Case(
            "ErrorTBS-badWrapper",
            new ErrorTBS(
                ErrorCode.UNRECOGNIZED_EXTENSION,
                nonce(0x43),
                MessageIdentifiers.EXT_GATEWAY_BINDING,
                null,
                ErrorMsg.ofBadWrapper(bytes(0, 64))),
            ErrorTBS::getInstance));
    cases.add(
        new Case(
            "Error-signed",
            SetError.signed(signed(MessageIdentifiers.ERROR_TBS, PurchaseCases.der(errorTbs()))),
            SetError::getInstance));
    cases.add(new Case("PANToken", panToken(), PANToken::getInstance));
    cases.add(
        new Case("PANOnly", new PANOnly("4123450000000019", nonce(0xE2)), PANOnly::getInstance));
    for (Map.Entry<MessageType, ASN1Object> e : bodies().entrySet()) {
      cases.add(
          new Case(
              "MessageWrapper-" + e.getKey().alternative(),
              wrap(e.getValue()),
              MessageWrapper::getInstance));
    }
    return cases;
  }
}
