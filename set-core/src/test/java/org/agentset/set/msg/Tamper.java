package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.Message;
import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;

/** What an attacker on the wire (or a dishonest party) does to messages, and the refusal check. */
final class Tamper {

  private Tamper() {}

  static MessageWrapper parse(byte[] wire) {
    return MessageWrapper.parse(wire, DerLimits.DEFAULT);
  }

  /** The same message with another body (same header and suite). */
  static byte[] withBody(byte[] wire, ASN1Object body) {
    MessageWrapper w = parse(wire);
    return new MessageWrapper(w.getMessageHeader(), Message.of(body), w.getMwExtensions())
        .getDerEncoded();
  }

  static <T extends ASN1Object> T body(byte[] wire, Class<T> type) {
    return parse(wire).getMessage().getBody(type);
  }

  /** The same message with its clear header re-dated. */
  static byte[] redated(byte[] wire, Instant date) {
    MessageWrapper w = parse(wire);
    MessageHeader h = w.getMessageHeader();
    MessageHeader d = new MessageHeader(date, h.getMessageIds(), h.getRrpid(), h.getSwIdent());
    return new MessageWrapper(d, w.getMessage(), w.getMwExtensions()).getDerEncoded();
  }

  /** A CMS product with its last byte (MAC tag or signature) flipped; still well-formed. */
  static ContentInfo lastByteFlipped(ContentInfo ci) {
    try {
      byte[] der = ProtectedContent.toDer(ci).getEncoded();
      der[der.length - 1] ^= 0x01;
      return ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts {@code call} is refused with {@code refusal}, and that nothing in it names the card.
   */
  static SetProtocolException refused(ThrowingCallable call, Refusal refusal) {
    SetProtocolException[] caught = new SetProtocolException[1];
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SetProtocolException.class,
            e -> {
              assertThat(e.refusal()).as(e.getMessage()).isEqualTo(refusal);
              assertThat(e.errorCode()).isNotNull();
              assertNoCardData(e);
              caught[0] = e;
            });
    return caught[0];
  }

  /** No PAN (nor its expiry) in the message of {@code t} or of any of its causes. */
  static void assertNoCardData(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage()))
          .doesNotContain(FlowPki.PAN)
          .doesNotContain("411111");
      assertThat(c.toString()).doesNotContain(FlowPki.PAN);
    }
  }
}
