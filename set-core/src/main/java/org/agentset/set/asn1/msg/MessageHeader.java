package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;
import static org.agentset.set.asn1.der.SetDecodingException.Reason.NOT_DER;

import java.math.BigInteger;
import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The clear header of every SET message: protocol version, the sender's clock ({@code date}, which
 * the receiver checks against its freshness window, SET's {@code messageTooOld}/{@code
 * messageTooNew}), the transaction and request/response IDs, and the sending software.
 *
 * <pre>
 * MessageHeader ::= SEQUENCE {
 *    version     INTEGER { setVer1(1) } (setVer1),
 *    revision    INTEGER (0) DEFAULT 0,   -- This is version 1.0
 *    date        Date,
 *    messageIDs  [0] MessageIDs OPTIONAL,
 *    rrpid       [1] RRPID OPTIONAL,
 *    swIdent     SWIdent
 * }
 * </pre>
 *
 * <p>SET Book 3 SetMessage module, as published. A version other than 1 is {@code BAD_VALUE} here
 * (the caller answers {@code versionTooOld}/{@code versionTooNew}); revision is always 0 and, being
 * the DEFAULT, never encoded.
 */
public final class MessageHeader extends ASN1Object {

  private static final String TYPE = "MessageHeader";

  /** setVer1. */
  public static final int VERSION = 1;

  private final Instant date;
  private final MessageIDs messageIds;
  private final byte[] rrpid;
  private final String swIdent;

  /** Builds a header for SET 1.0; {@code messageIds} and {@code rrpid} may be null. */
  public MessageHeader(Instant date, MessageIDs messageIds, byte[] rrpid, String swIdent) {
    this.date = Check.required("date", date);
    this.messageIds = messageIds;
    this.rrpid = Check.octets("rrpid", rrpid, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
    this.swIdent = Check.visible("swIdent", Check.required("swIdent", swIdent), 1, 256);
  }

  private MessageHeader(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    BigInteger version = f.required("version", Values.integer(null, null));
    if (!version.equals(BigInteger.ONE)) {
      throw new SetDecodingException(BAD_VALUE, TYPE + ".version", "only setVer1 is supported");
    }
    BigInteger revision = f.optional("revision", BERTags.INTEGER, Values.integer(null, null));
    if (revision != null) {
      throw new SetDecodingException(
          revision.signum() == 0 ? NOT_DER : BAD_VALUE,
          TYPE + ".revision",
          "must be the DEFAULT 0, absent");
    }
    date = f.required("date", SetTypes.DATE);
    messageIds = f.optionalImplicit(0, "messageIDs", BERTags.SEQUENCE, MessageIDs::getInstance);
    rrpid = f.optionalImplicit(1, "rrpid", BERTags.OCTET_STRING, SetTypes.NONCE);
    swIdent = f.required("swIdent", SetTypes.SW_IDENT);
    f.end();
  }

  /** Decodes a MessageHeader. */
  public static MessageHeader getInstance(Object obj) {
    return obj instanceof MessageHeader v ? v : new MessageHeader(Fields.sequence(TYPE, obj));
  }

  /** The sender's date. */
  public Instant getDate() {
    return date;
  }

  /** The message IDs, or null. */
  public MessageIDs getMessageIds() {
    return messageIds;
  }

  /** The request/response pair ID, or null. */
  public byte[] getRrpid() {
    return rrpid == null ? null : rrpid.clone();
  }

  /** The sending software. */
  public String getSwIdent() {
    return swIdent;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) VERSION))
        .add(Der.time(date))
        .implicit(0, messageIds)
        .implicit(1, Der.octets(rrpid))
        .add(Der.visible(swIdent))
        .build();
  }
}
