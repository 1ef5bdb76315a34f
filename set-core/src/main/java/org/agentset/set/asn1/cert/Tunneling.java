package org.agentset.set.asn1.cert;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * SET's {@code tunneling} extension (2.23.42.7.4), in payment-gateway key-exchange certificates:
 * whether the gateway can tunnel data to the cardholder (AcqCardMsg) and under which symmetric
 * algorithms.
 *
 * <pre>
 * Tunneling ::= SEQUENCE {
 *   tunneling    BOOLEAN DEFAULT TRUE,
 *   tunnelAlgIDs TunnelAlg }            -- SEQUENCE OF OBJECT IDENTIFIER
 * </pre>
 *
 * <p>In AgentSET the algorithm identifiers are the suite's AEAD OIDs (e.g. AES-256-GCM), not DES.
 */
public final class Tunneling extends ASN1Object {

  private static final String FIELD = "tunneling";
  private static final int MAX_ALGS = 16;

  private final boolean tunneling;
  private final List<ASN1ObjectIdentifier> algorithms;

  /** The flag and 1..16 algorithm identifiers. */
  public Tunneling(boolean tunneling, List<ASN1ObjectIdentifier> algorithms) {
    if (algorithms == null || algorithms.isEmpty() || algorithms.size() > MAX_ALGS) {
      throw new MalformedCertExtensionException(
          FIELD + ".tunnelAlgIDs", "must hold 1.." + MAX_ALGS);
    }
    this.tunneling = tunneling;
    this.algorithms = List.copyOf(algorithms);
  }

  private Tunneling(ASN1Sequence seq) {
    SeqReader r = SeqReader.of(seq, FIELD);
    ASN1Boolean flag = r.optional(ASN1Boolean.class);
    if (flag != null && flag.isTrue()) {
      throw new MalformedCertExtensionException(
          r.path("tunneling"), "DEFAULT TRUE must be omitted in DER");
    }
    this.tunneling = flag == null;
    ASN1Sequence algs = r.as(r.next("tunnelAlgIDs"), ASN1Sequence.class, "tunnelAlgIDs");
    r.end();
    if (algs.size() == 0 || algs.size() > MAX_ALGS) {
      throw new MalformedCertExtensionException(r.path("tunnelAlgIDs"), "must hold 1.." + MAX_ALGS);
    }
    List<ASN1ObjectIdentifier> list = new ArrayList<>();
    for (var a : algs) {
      list.add(r.as(a, ASN1ObjectIdentifier.class, "tunnelAlgIDs"));
    }
    this.algorithms = List.copyOf(list);
  }

  /** Converts a {@link Tunneling} or its SEQUENCE. */
  public static Tunneling getInstance(Object obj) {
    if (obj instanceof Tunneling t) {
      return t;
    }
    return obj == null ? null : new Tunneling(SeqReader.sequence(obj, FIELD));
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static Tunneling fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public boolean tunneling() {
    return tunneling;
  }

  public List<ASN1ObjectIdentifier> algorithms() {
    return algorithms;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    if (!tunneling) {
      v.add(ASN1Boolean.FALSE);
    }
    v.add(new DERSequence(algorithms.toArray(new ASN1ObjectIdentifier[0])));
    return new DERSequence(v);
  }
}
