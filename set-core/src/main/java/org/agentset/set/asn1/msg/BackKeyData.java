package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A symmetric key the cardholder hands to a party that must answer it confidentially, since a
 * cardholder has no key-exchange certificate: {@code CABackKeyData} in CertReqData (the CA encrypts
 * CertRes with it) and {@code AcqBackKeyData} in PIHead (the acquirer encrypts AcqCardMsg with it).
 * It only ever travels inside an envelope.
 *
 * <pre>
 * BackKeyData ::= SEQUENCE {
 *    backAlgID  AlgorithmIdentifier,   -- e.g. AES-256-GCM
 *    backKey    Secret
 * }
 * </pre>
 *
 * <p>Fields from SET-PROTOCOL.md §1.1/§2.2 [C] ({@code CAAlgId, CAKey}); names [U].
 */
public final class BackKeyData extends ASN1Object {

  private static final String TYPE = "BackKeyData";

  private final AlgorithmIdentifier backAlgId;
  private final byte[] backKey;

  /** Builds BackKeyData. */
  public BackKeyData(AlgorithmIdentifier backAlgId, byte[] backKey) {
    this.backAlgId = Check.required("backAlgID", backAlgId);
    this.backKey = Check.requiredOctets("backKey", backKey, 1, SetTypes.SECRET_MAX);
  }

  private BackKeyData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    backAlgId = f.required("backAlgID", SetTypes.ALGORITHM);
    backKey = f.required("backKey", SetTypes.SECRET);
    f.end();
  }

  /** Decodes BackKeyData. */
  public static BackKeyData getInstance(Object obj) {
    return obj instanceof BackKeyData v ? v : new BackKeyData(Fields.sequence(TYPE, obj));
  }

  /** The algorithm the key is for. */
  public AlgorithmIdentifier getBackAlgId() {
    return backAlgId;
  }

  /** The key. */
  public byte[] getBackKey() {
    return backKey.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(backAlgId).add(Der.octets(backKey)).build();
  }

  @Override
  public String toString() {
    return "BackKeyData[" + backAlgId.getAlgorithm() + ", key redacted]";
  }
}
