package org.agentset.set.reg;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.asn1.reg.CertResData;
import org.agentset.set.asn1.reg.CertStatus;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Verifier;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;

/** What every end entity's registration does with the CA's answers. */
final class ClientSide {

  final PartyContext context;
  final Wire wire;
  final Verifier verifier;

  ClientSide(PartyContext context) {
    this.context = context;
    this.wire = new Wire(context);
    this.verifier = new Verifier(context);
  }

  /**
   * Reads an answer of {@code type}; an Error the CA sent instead is reported as {@link
   * Refusal#PEER_ERROR} with the CA's error code.
   */
  <T extends ASN1Object> Received<T> receive(byte[] answer, Class<T> type)
      throws SetProtocolException {
    try {
      MessageWrapper w = MessageWrapper.parse(answer, DerLimits.DEFAULT);
      if (w.getMessage().getBody() instanceof SetError e) {
        throw new SetProtocolException(Refusal.PEER_ERROR, errorCode(e), "Error", null, null, null);
      }
    } catch (RuntimeException e) {
      // not readable as a wrapper: the front door below says why
    }
    return wire.receive(answer, type);
  }

  private static ErrorCode errorCode(SetError e) {
    try {
      if (!e.isSigned()) {
        return e.getUnsignedError().getErrorCode();
      }
      byte[] der = e.getSignedError().getEncoded();
      byte[] tbs = SignedContent.read(der).unverifiedContent();
      return org.agentset.set.asn1.msg.ErrorTBS.getInstance(
              org.bouncycastle.asn1.ASN1Primitive.fromByteArray(tbs))
          .getErrorCode();
    } catch (Exception ex) {
      return ErrorCode.UNSPECIFIED_FAILURE;
    }
  }

  /** Verifies an S made by the CA's message-signing certificate of {@code kind}. */
  Verifier.Verified caSigned(
      ASN1Object signedBody, EntityKind kind, ASN1ObjectIdentifier tbsType, String field)
      throws SetProtocolException {
    return verifier.signed(
        Wire.der(signedBody), tbsType, kind.caSignatureProfile(), Refusal.SIGNATURE, field);
  }

  /** The DER of a ContentInfo. */
  static byte[] der(ContentInfo c) {
    return Wire.der(c);
  }

  /** Checks the echoed identifiers of CertResData. */
  static void checkEcho(CertResData data, Step sent) throws SetProtocolException {
    if (!Wire.same(data.getRrpid(), sent.rrpid)) {
      throw new SetProtocolException(Refusal.UNKNOWN_RRPID, "CertResData.rrpid");
    }
    if (!Wire.same(data.getLidEe(), sent.lidEe)) {
      throw new SetProtocolException(Refusal.UNKNOWN_LID, "CertResData.lid-EE");
    }
    if (!Wire.same(data.getChallEe3(), sent.chall)) {
      throw new SetProtocolException(Refusal.CHALLENGE_MISMATCH, "CertResData.chall-EE3");
    }
  }

  /**
   * The certificate among {@code carried} that certifies {@code key}, validated as {@code profile}.
   */
  X509Certificate certifying(
      PublicKey key, List<X509Certificate> carried, CertificateProfile profile, String field)
      throws SetProtocolException {
    return context
        .trust()
        .find(
            c -> Arrays.equals(c.getPublicKey().getEncoded(), key.getEncoded()),
            carried,
            profile,
            field);
  }

  /** The issuers of {@code leaf} among {@code pool}, nearest first, root excluded. */
  static List<X509Certificate> issuers(X509Certificate leaf, List<X509Certificate> pool) {
    List<X509Certificate> chain = new ArrayList<>();
    X509Certificate current = leaf;
    while (chain.size() < 6) {
      X509Certificate next = null;
      for (X509Certificate c : pool) {
        if (c.getSubjectX500Principal().equals(current.getIssuerX500Principal())
            && c.getBasicConstraints() >= 0
            && !c.getSubjectX500Principal().equals(c.getIssuerX500Principal())
            && !chain.contains(c)
            && c != current) {
          next = c;
          break;
        }
      }
      if (next == null) {
        break;
      }
      chain.add(next);
      current = next;
    }
    return chain;
  }

  /** The status text of a CertStatus, for the caller. */
  static String message(CertStatus s) {
    return s.getEeMessage() == null ? null : s.getEeMessage().toString();
  }
}
