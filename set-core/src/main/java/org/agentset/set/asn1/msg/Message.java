package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.UNSUPPORTED;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * One SET message: the alternative of the {@code Message} CHOICE and the SET value it carries.
 *
 * <pre>
 * Message ::= CHOICE {
 *    purchaseInitRequest   [0] EXPLICIT PInitReq,
 *    purchaseInitResponse  [1] EXPLICIT PInitRes,
 *    purchaseRequest       [2] EXPLICIT PReq,
 *    ...                   -- see {@link MessageType} for every alternative and tag
 *    error                 [999] EXPLICIT Error
 * }
 * </pre>
 *
 * <p>SET Book 3 SetMessage module; see {@link MessageType} for the provenance of the tags.
 */
public final class Message extends ASN1Object {

  private static final String TYPE = "Message";

  private final MessageType type;
  private final ASN1Object body;

  /** A message carrying {@code body}; its class selects the alternative. */
  public static Message of(ASN1Object body) {
    Check.required("body", body);
    MessageType type = MessageType.forBody(body);
    if (type == null) {
      throw new IllegalArgumentException(body.getClass().getSimpleName() + " is not a SET message");
    }
    return new Message(type, body);
  }

  private Message(MessageType type, ASN1Object body) {
    this.type = type;
    this.body = body;
  }

  /** Decodes a Message; an alternative AgentSET does not implement is {@code UNSUPPORTED}. */
  public static Message getInstance(Object obj) {
    if (obj instanceof Message v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    MessageType type = MessageType.forTag(t.getTagNo());
    if (type == null) {
      throw Fields.unknownAlternative(TYPE, t);
    }
    if (!type.isSupported()) {
      throw new SetDecodingException(
          UNSUPPORTED,
          TYPE + "." + type.alternative(),
          "a message AgentSET does not serve (capture reversal, credit reversal and batch"
              + " administration are outside its scope)");
    }
    return new Message(
        type, Fields.explicitAlternative(TYPE, type.alternative(), t, type.decoder()));
  }

  /** Which message this is. */
  public MessageType getType() {
    return type;
  }

  /** The SET value carried. */
  public ASN1Object getBody() {
    return body;
  }

  /**
   * The SET value carried, as {@code expected}.
   *
   * @throws IllegalStateException if the message is of another type (answer SET's {@code
   *     messageNotSupported} or refuse: an endpoint got a message it does not take)
   */
  public <T extends ASN1Object> T getBody(Class<T> expected) {
    if (!expected.isInstance(body)) {
      throw new IllegalStateException("expected " + expected.getSimpleName() + ", got " + type);
    }
    return expected.cast(body);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERTaggedObject(true, type.tag(), body);
  }
}
