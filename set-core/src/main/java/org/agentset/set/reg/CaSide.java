package org.agentset.set.reg;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.msg.MessageIDs;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.reg.CertReqData;
import org.agentset.set.asn1.reg.CertStatus;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.ReferralData;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.asn1.reg.RegFormOrReferral;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.OpenedContent;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.SignedEnvelopeContent;
import org.agentset.set.msg.CryptoFailures;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.Received;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.set.msg.Wire;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * What the CA's two registration desks ({@link CardholderDesk}, {@link MerchantDesk}) share: the
 * CA's context, keys, policy and sessions, and the steps every certificate request goes through
 * (proof of possession, signed date, RRPID) and every answer is made of.
 */
abstract class CaSide {

  final PartyContext context;
  final String brandId;
  final Map<EntityKind, CaKeys> cas;
  final RegistrationPolicy policy;
  final Sessions sessions;
  final Wire wire;

  CaSide(
      PartyContext context,
      String brandId,
      Map<EntityKind, CaKeys> cas,
      RegistrationPolicy policy,
      Sessions sessions) {
    this.context = context;
    this.brandId = brandId;
    this.cas = cas;
    this.policy = policy;
    this.sessions = sessions;
    this.wire = new Wire(context);
  }

  /** What is known about the request being answered, for the answer and the records. */
  static final class Call {
    String request = "?";
    EntityKind kind;
    String requester;
  }

  /** A CertReq whose proof of possession verified. */
  record Possessed(CertReqData data, byte[] extra, PublicKey signatureKey) {}

  /**
   * Verifies the CertReq with the signature key it proposes, then checks its IDs, type, signed date
   * and RRPID.
   */
  Possessed possessed(SignedEnvelopeContent opened, Received<ASN1Object> rx, EntityKind kind)
      throws SetProtocolException {
    CertReqData peek;
    try {
      peek = Wire.decode(opened.unverifiedContent(), CertReqData::getInstance, "CertReqData");
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.DECRYPTION, "CertReq");
    }
    SubjectPublicKeyInfo spkiS = peek.getPublicKeySorE().getPublicKeyS();
    if (spkiS == null) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.publicKeySorE.publicKeyS");
    }
    PublicKey keyS = decodeKey(spkiS, KeyPurpose.SIGNATURE, "CertReqData.publicKeySorE.publicKeyS");
    OpenedContent released;
    try {
      released = opened.verify(keyS, MessageIdentifiers.CERT_REQ_TBS);
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.PROOF_OF_POSSESSION, "CertReq");
    }
    CertReqData d = Wire.decode(released.content(), CertReqData::getInstance, "CertReqData");
    Wire.checkIds(rx.header(), d.getRrpid(), null);
    if (d.getRequestType() != kind.requestType()) {
      throw new SetProtocolException(Refusal.NOT_SERVED, "CertReqData.requestType");
    }
    context.freshness().checkSigned(d.getRequestDate(), "CertReqData.requestDate");
    if (!context
        .replay()
        .firstUse(
            ReplayKind.REG_REQ_RRPID,
            d.getRrpid(),
            context.freshness().keepUntil(d.getRequestDate()))) {
      throw new SetProtocolException(Refusal.REPLAYED_RRPID, "CertReqData.rrpid");
    }
    return new Possessed(d, released.extra(), keyS);
  }

  PublicKey decodeKey(SubjectPublicKeyInfo spki, KeyPurpose purpose, String field)
      throws SetProtocolException {
    try {
      return context.suite().decodePublicKey(purpose, spki);
    } catch (SetCryptoException e) {
      throw new SetProtocolException(Refusal.NOT_SERVED, field, e);
    }
  }

  X509Certificate issue(EntityKind kind, CertificateSpec spec, Call call)
      throws SetProtocolException {
    try {
      return policy.issue(kind, spec, call.requester);
    } catch (KeyAlreadyCertifiedException e) {
      throw new SetProtocolException(Refusal.KEY_ALREADY_CERTIFIED, "CertReqData.publicKeySorE", e);
    }
  }

  void checkBrand(SetString brand, String field) throws SetProtocolException {
    if (!brandId.equals(brand.toString())) {
      throw new SetProtocolException(Refusal.NOT_SERVED, field);
    }
  }

  static void checkIdentityKind(EntityKind kind, IDData id, String field)
      throws SetProtocolException {
    boolean merchant = id.getMerchantAcquirerId() != null;
    if (merchant != (kind == EntityKind.MERCHANT)) {
      throw new SetProtocolException(Refusal.IDENTITY_MISMATCH, field);
    }
  }

  RegFormData form(EntityKind kind, String language) {
    RegFormData form = policy.form(kind, language);
    if (form == null || form.getRegTemplate() == null) {
      throw new IllegalStateException("the policy gave no form for " + kind);
    }
    return form;
  }

  static RegFormOrReferral referral(String reason) {
    return RegFormOrReferral.of(new ReferralData(text(reason)));
  }

  static SetString text(String s) {
    return s == null ? null : SetString.of(s.length() > 512 ? s.substring(0, 512) : s, 512);
  }

  static CertStatus status(CertStatusCode code, String message) {
    return new CertStatus(code, null, text(message), null, null);
  }

  /** S(CA, t) carrying the CA's path and {@code alsoCarried}. */
  org.bouncycastle.asn1.cms.ContentInfo sign(
      CaKeys ca, ASN1ObjectIdentifier type, ASN1Object tbs, List<X509Certificate> alsoCarried)
      throws SetProtocolException {
    try {
      return Wire.contentInfo(
          new Signatures(context.suite())
              .s(ca.signature().signer(context.suite(), alsoCarried), type, tbs));
    } catch (SetCryptoException e) {
      throw CryptoFailures.refusal(e, Refusal.SIGNATURE, type.getId());
    }
  }

  /** The new certificates and the issuing CA's chain, without those the CA's path already has. */
  static List<X509Certificate> carried(CaKeys ca, List<X509Certificate> issued) {
    List<X509Certificate> out = new ArrayList<>(issued);
    for (X509Certificate c : ca.issuerChain()) {
      if (!ca.signature().path().contains(c) && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  Answer answered(
      ASN1Object body,
      byte[] rrpid,
      Call call,
      Answer.Outcome outcome,
      CertStatusCode status,
      List<X509Certificate> issued) {
    byte[] response = Wire.der(wire.wrap(body, rrpid, (MessageIDs) null));
    return new Answer(
        response, call.request, call.kind, outcome, status, call.requester, issued, null);
  }
}
