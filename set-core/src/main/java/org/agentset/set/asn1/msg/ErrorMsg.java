package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * What an Error is about: the header of the refused message when it could be decoded, else (a
 * prefix of) the refused bytes themselves.
 *
 * <pre>
 * ErrorMsg ::= CHOICE {
 *    messageHeader  [0] EXPLICIT MessageHeader,
 *    badWrapper     [1] EXPLICIT OCTET STRING (SIZE(1..20000))
 * }
 * </pre>
 *
 * <p>Alternatives from Book 2 (SET-PROTOCOL.md §3.9 [C]; "not more than 20 kilobytes" from the Book
 * 2 table); tags [U]. Never echo decrypted content in {@code badWrapper}: only bytes as received.
 */
public final class ErrorMsg extends ASN1Object {

  private static final String TYPE = "ErrorMsg";

  /** Largest BadWrapper. */
  public static final int MAX_BAD_WRAPPER = 20000;

  private final MessageHeader messageHeader;
  private final byte[] badWrapper;

  private ErrorMsg(MessageHeader messageHeader, byte[] badWrapper) {
    this.messageHeader = messageHeader;
    this.badWrapper = badWrapper;
  }

  /** About a message whose header could be decoded. */
  public static ErrorMsg ofHeader(MessageHeader header) {
    return new ErrorMsg(Check.required("messageHeader", header), null);
  }

  /** About undecodable bytes; only the first 20000 are kept. */
  public static ErrorMsg ofBadWrapper(byte[] received) {
    Check.required("badWrapper", received);
    byte[] kept = java.util.Arrays.copyOf(received, Math.min(received.length, MAX_BAD_WRAPPER));
    return new ErrorMsg(null, Check.requiredOctets("badWrapper", kept, 1, MAX_BAD_WRAPPER));
  }

  /** Decodes an ErrorMsg. */
  public static ErrorMsg getInstance(Object obj) {
    if (obj instanceof ErrorMsg v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          new ErrorMsg(
              Fields.explicitAlternative(TYPE, "messageHeader", t, MessageHeader::getInstance),
              null);
      case 1 ->
          new ErrorMsg(
              null,
              Fields.explicitAlternative(TYPE, "badWrapper", t, Values.octets(1, MAX_BAD_WRAPPER)));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** The refused message's header, or null. */
  public MessageHeader getMessageHeader() {
    return messageHeader;
  }

  /** The refused bytes, or null. */
  public byte[] getBadWrapper() {
    return badWrapper == null ? null : badWrapper.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return messageHeader != null
        ? new DERTaggedObject(true, 0, messageHeader)
        : new DERTaggedObject(true, 1, new DEROctetString(badWrapper));
  }
}
