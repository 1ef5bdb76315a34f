package org.agentset.set.msg;

import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.msg.ErrorMsg;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * Builds SET's Error message answering a refused request: the {@link SetProtocolException}'s error
 * code (and unrecognized extension or certificate thumbprint), a fresh ErrorNonce, and what the
 * Error is about: the refused message's header when it can be read, else the refused bytes as
 * received (never anything decrypted, SET-PROTOCOL.md §3.9). Sign it when the party has a signature
 * key; an unsigned Error is for a party that has none (or must not use it).
 */
public final class SetErrors {

  private final PartyContext context;
  private final Wire wire;

  public SetErrors(PartyContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.wire = new Wire(context);
  }

  /** An unsigned Error answering {@code refused}. */
  public MessageWrapper unsigned(byte[] refused, SetProtocolException refusal) {
    MessageHeader about = header(refused);
    return answer(SetError.unsigned(tbs(refused, about, refusal)), about);
  }

  /** An Error signed with {@code signature}: {@code S(EE, ErrorTBS)}. */
  public MessageWrapper signed(byte[] refused, SetProtocolException refusal, Credential signature)
      throws SetProtocolException {
    MessageHeader about = header(refused);
    try {
      byte[] s =
          new Signatures(context.suite())
              .s(
                  signature.signer(context.suite(), List.of()),
                  MessageIdentifiers.ERROR_TBS,
                  tbs(refused, about, refusal));
      return answer(SetError.signed(Wire.contentInfo(s)), about);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, "Error");
    }
  }

  private ErrorTBS tbs(byte[] refused, MessageHeader about, SetProtocolException refusal) {
    ErrorMsg msg =
        about != null
            ? ErrorMsg.ofHeader(about)
            : ErrorMsg.ofBadWrapper(refused.length == 0 ? new byte[1] : refused);
    return new ErrorTBS(
        refusal.errorCode(), context.nonce(), refusal.errorOid(), refusal.errorThumb(), msg);
  }

  private MessageWrapper answer(SetError error, MessageHeader about) {
    if (about == null) {
      return wire.wrap(error, null, (MessageIDs) null);
    }
    return wire.wrap(error, about.getRrpid(), about.getMessageIds());
  }

  /** The refused message's header, or null when even that cannot be read. */
  private static MessageHeader header(byte[] refused) {
    try {
      ASN1Primitive p = StrictDer.parse(refused, DerLimits.DEFAULT);
      return MessageHeader.getInstance(ASN1Sequence.getInstance(p).getObjectAt(0));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
