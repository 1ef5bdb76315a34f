package org.agentset.set.msg;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Set;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.Message;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.TransIDs;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * The front door and the way out of every party: wrapping a body in a {@link MessageWrapper} with
 * the party's header and suite, and receiving bytes strictly (size and depth limits, exact type,
 * suite, critical extensions, header date), with every failure a {@link SetProtocolException}.
 *
 * <p>Public for the flows of {@code org.agentset.set.reg} (registration), which share this front
 * door; parties use the flow classes, not this one.
 */
public final class Wire {

  private static final Set<ASN1ObjectIdentifier> WRAPPER_EXTENSIONS =
      Set.of(MessageIdentifiers.EXT_ALGORITHM_SUITE);

  private final PartyContext context;

  public Wire(PartyContext context) {
    this.context = context;
  }

  /** The body wrapped with a header dated now, naming the transaction and the suite. */
  MessageWrapper wrap(ASN1Object body, byte[] rrpid, TransIDs ids) {
    MessageIDs messageIds =
        ids == null ? null : new MessageIDs(ids.getLidC(), ids.getLidM(), ids.getXid());
    return wrap(body, rrpid, messageIds);
  }

  /** As {@link #wrap(ASN1Object, byte[], TransIDs)} with explicit message IDs (may be null). */
  public MessageWrapper wrap(ASN1Object body, byte[] rrpid, MessageIDs ids) {
    MessageHeader header =
        new MessageHeader(context.freshness().now(), ids, rrpid, context.swIdent());
    return new MessageWrapper(
        header, Message.of(body), MessageWrapper.suiteExtensions(context.suite().identifier()));
  }

  /**
   * Reads a message of type {@code type}.
   *
   * @throws SetProtocolException {@link Refusal#DECODING}, {@link Refusal#UNEXPECTED_MESSAGE},
   *     {@link Refusal#SUITE_MISMATCH}, {@link Refusal#UNRECOGNIZED_EXTENSION}, or stale
   */
  public <T extends ASN1Object> Received<T> receive(byte[] wire, Class<T> type)
      throws SetProtocolException {
    MessageWrapper wrapper;
    try {
      wrapper = MessageWrapper.parse(wire, DerLimits.DEFAULT);
    } catch (SetDecodingException e) {
      throw decoding(e, ErrorCode.forDecodingFailure(e));
    }
    if (!type.isInstance(wrapper.getMessage().getBody())) {
      throw new SetProtocolException(Refusal.UNEXPECTED_MESSAGE, "MessageWrapper.message");
    }
    checkCritical(wrapper.getMwExtensions(), WRAPPER_EXTENSIONS, "MessageWrapper.mwExtensions");
    AlgorithmIdentifier suite = wrapper.getAlgorithmSuite();
    if (suite == null || !suite.equals(context.suite().identifier())) {
      throw new SetProtocolException(Refusal.SUITE_MISMATCH, "MessageWrapper.mwExtensions");
    }
    context.freshness().checkHeader(wrapper.getMessageHeader());
    return new Received<>(wrapper, type.cast(wrapper.getMessage().getBody()));
  }

  /** Refuses a header whose RRPID or XID contradicts the body's. */
  public static void checkIds(MessageHeader header, byte[] rrpid, byte[] xid)
      throws SetProtocolException {
    byte[] hr = header.getRrpid();
    if (hr != null && !MessageDigest.isEqual(hr, rrpid)) {
      throw new SetProtocolException(Refusal.WRAPPER_MISMATCH, "MessageHeader.rrpid");
    }
    MessageIDs ids = header.getMessageIds();
    byte[] hx = ids == null ? null : ids.getXid();
    if (hx != null && xid != null && !MessageDigest.isEqual(hx, xid)) {
      throw new SetProtocolException(Refusal.WRAPPER_MISMATCH, "MessageHeader.messageIDs.xID");
    }
  }

  /** Refuses a critical extension outside {@code understood}. */
  public static void checkCritical(
      Extensions ext, Set<ASN1ObjectIdentifier> understood, String field)
      throws SetProtocolException {
    ASN1ObjectIdentifier unknown = AgentSetExtensions.firstUnrecognizedCritical(ext, understood);
    if (unknown != null) {
      throw new SetProtocolException(
          Refusal.UNRECOGNIZED_EXTENSION,
          ErrorCode.UNRECOGNIZED_EXTENSION,
          field,
          unknown,
          null,
          null);
    }
  }

  /** Decodes bytes released by a cryptographic check, strictly, as {@code field}. */
  public static <T extends ASN1Encodable> T decode(byte[] der, Decoder<T> decoder, String field)
      throws SetProtocolException {
    try {
      return StrictDer.decode(der, DerLimits.DEFAULT, decoder);
    } catch (SetDecodingException e) {
      throw decoding(e.under(field), ErrorCode.forDecodingFailure(e));
    }
  }

  /** Runs a decoder over an already parsed value (e.g. an extension), mapping its failures. */
  public static <T> T decode(Decoding<T> decoding, String field) throws SetProtocolException {
    try {
      return decoding.run();
    } catch (SetDecodingException e) {
      throw decoding(e, ErrorCode.DECODING_FAILURE);
    } catch (RuntimeException e) {
      throw new SetProtocolException(Refusal.DECODING, field, e);
    }
  }

  /** A decoding step that may throw {@link SetDecodingException}. */
  public interface Decoding<T> {
    T run();
  }

  /** The DER of an ASN.1 value. */
  public static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("an ASN.1 value is always DER-encodable", e);
    }
  }

  /** A ContentInfo from the DER the crypto layer produced. */
  public static ContentInfo contentInfo(byte[] der) {
    try {
      return ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("the crypto layer produced a ContentInfo", e);
    }
  }

  /** Whether two values have the same DER (constant time). */
  public static boolean same(ASN1Encodable a, ASN1Encodable b) {
    return a != null && b != null && MessageDigest.isEqual(der(a), der(b));
  }

  /** Whether two byte strings are equal (constant time; null equals nothing). */
  public static boolean same(byte[] a, byte[] b) {
    return a != null && b != null && MessageDigest.isEqual(a, b);
  }

  private static SetProtocolException decoding(SetDecodingException e, ErrorCode code) {
    return new SetProtocolException(Refusal.DECODING, code, e.getPath(), null, null, e);
  }
}
