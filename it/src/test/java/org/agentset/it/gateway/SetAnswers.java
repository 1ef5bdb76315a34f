package org.agentset.it.gateway;

import java.security.cert.X509Certificate;
import org.agentset.it.ca.CaClient;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Reading what the gateway answered: the message type, and an Error's code (signature checked). */
final class SetAnswers {

  private SetAnswers() {}

  static MessageType type(byte[] answer) throws Exception {
    return MessageWrapper.parse(answer, DerLimits.DEFAULT).getMessage().getType();
  }

  /**
   * The ErrorTBS of a SET Error; when signed, its signature must verify under {@code signer}.
   *
   * @throws AssertionError when the answer is no Error or its signature fails
   */
  static ErrorTBS error(byte[] answer, X509Certificate signer) throws Exception {
    MessageWrapper w = MessageWrapper.parse(answer, DerLimits.DEFAULT);
    if (w.getMessage().getType() != MessageType.ERROR) {
      throw new AssertionError("expected an Error, got " + w.getMessage().getType());
    }
    SetError e = w.getMessage().getBody(SetError.class);
    if (!e.isSigned()) {
      return e.getUnsignedError();
    }
    CMSSignedData signed = new CMSSignedData(e.getSignedError());
    SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
    if (signer != null
        && !si.verify(
            new JcaSimpleSignerInfoVerifierBuilder().setProvider(CaClient.BC).build(signer))) {
      throw new AssertionError("the Error's signature does not verify under the gateway's key");
    }
    return ErrorTBS.getInstance(
        org.bouncycastle.asn1.ASN1Primitive.fromByteArray(
            (byte[]) signed.getSignedContent().getContent()));
  }
}
