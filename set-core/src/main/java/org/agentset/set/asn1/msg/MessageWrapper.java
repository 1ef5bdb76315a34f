package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import java.io.IOException;
import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * What travels on the wire: every SET message, in every flow, is one of these, DER-encoded and
 * POSTed as {@code application/set-payment} or {@code application/set-registration}.
 *
 * <pre>
 * MessageWrapper ::= SEQUENCE {
 *    messageHeader  MessageHeader,
 *    message        [0] EXPLICIT MESSAGE.&amp;Type (Message),
 *    mwExtensions   [1] MsgExtensions OPTIONAL     -- AgentSET: algorithm suite (critical)
 * }
 * </pre>
 *
 * <p>SET Book 3 SetMessage module (2.23.42.6.0), as published. A party reads a request with {@link
 * #parse}, which applies the strict DER rules and limits of {@link StrictDer} to the whole message;
 * the opaque CMS parts inside must then be decoded by the crypto layer with the same front door.
 */
public final class MessageWrapper extends ASN1Object {

  private static final String TYPE = "MessageWrapper";

  private final MessageHeader messageHeader;
  private final Message message;
  private final Extensions mwExtensions;

  /** Builds a wrapper; {@code mwExtensions} may be null (see {@link #suiteExtensions}). */
  public MessageWrapper(MessageHeader messageHeader, Message message, Extensions mwExtensions) {
    this.messageHeader = Check.required("messageHeader", messageHeader);
    this.message = Check.required("message", message);
    this.mwExtensions = mwExtensions;
    getAlgorithmSuite();
  }

  private MessageWrapper(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    messageHeader = f.required("messageHeader", MessageHeader::getInstance);
    message = f.explicit(0, "message", Message::getInstance);
    mwExtensions = f.optionalImplicit(1, "mwExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
    getAlgorithmSuite();
  }

  /** Decodes a MessageWrapper from an ASN.1 value (prefer {@link #parse} for bytes). */
  public static MessageWrapper getInstance(Object obj) {
    return obj instanceof MessageWrapper v ? v : new MessageWrapper(Fields.sequence(TYPE, obj));
  }

  /**
   * The front door for received bytes: strict DER within {@code limits}, every field checked.
   *
   * @throws SetDecodingException naming the field; {@link ErrorCode#forDecodingFailure} gives the
   *     SET error code to answer with
   */
  public static MessageWrapper parse(byte[] der, DerLimits limits) throws SetDecodingException {
    return StrictDer.decode(der, limits, MessageWrapper::getInstance);
  }

  /** {@code mwExtensions} naming the algorithm suite, critical. */
  public static Extensions suiteExtensions(AlgorithmIdentifier suite) {
    if (!Check.required("suite", suite).getAlgorithm().on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      throw new IllegalArgumentException("suite must be an AgentSET algorithm suite");
    }
    return AgentSetExtensions.of(
        AgentSetExtensions.critical(MessageIdentifiers.EXT_ALGORITHM_SUITE, suite));
  }

  public MessageHeader getMessageHeader() {
    return messageHeader;
  }

  public Message getMessage() {
    return message;
  }

  public Extensions getMwExtensions() {
    return mwExtensions;
  }

  /** The algorithm suite the sender used, or null if not stated. */
  public AlgorithmIdentifier getAlgorithmSuite() {
    AlgorithmIdentifier suite =
        AgentSetExtensions.find(
            mwExtensions,
            MessageIdentifiers.EXT_ALGORITHM_SUITE,
            TYPE + ".mwExtensions.algorithmSuite",
            true,
            e -> AlgorithmIdentifier.getInstance(SetTypes.ALGORITHM.decode(e)));
    if (suite != null && !suite.getAlgorithm().on(SetObjectIdentifiers.AGENTSET_SUITES)) {
      throw new SetDecodingException(
          BAD_VALUE, TYPE + ".mwExtensions.algorithmSuite", "not an AgentSET suite");
    }
    return suite;
  }

  /** The DER encoding, to send. */
  public byte[] getDerEncoded() {
    try {
      return getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("a MessageWrapper is always DER-encodable", e);
    }
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(messageHeader).explicit(0, message).implicit(1, mwExtensions).build();
  }
}
