package org.agentset.set.asn1.cert;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * SET's {@code setExtensions} certificate extension (2.23.42.7.5): the SET <em>message</em>
 * extensions the subject understands, so that a sender knows which optional message extensions it
 * may include. AgentSET lists its own message additions (e.g. the gateway-thumbprint binding) here.
 *
 * <pre>
 * SETExtensions ::= SEQUENCE OF OBJECT IDENTIFIER
 * </pre>
 *
 * <p>The syntax is [U] in SET-PROTOCOL.md (only the OID and criticality are confirmed); a SEQUENCE
 * OF OBJECT IDENTIFIER is AgentSET's reading and the one it encodes.
 */
public final class SetExtensions extends ASN1Object {

  private static final String FIELD = "setExtensions";
  private static final int MAX = 64;

  private final List<ASN1ObjectIdentifier> extensions;

  /** 1..64 message-extension identifiers. */
  public SetExtensions(List<ASN1ObjectIdentifier> extensions) {
    if (extensions == null || extensions.isEmpty() || extensions.size() > MAX) {
      throw new MalformedCertExtensionException(FIELD, "must hold 1.." + MAX);
    }
    this.extensions = List.copyOf(extensions);
  }

  /** Converts a {@link SetExtensions} or its SEQUENCE. */
  public static SetExtensions getInstance(Object obj) {
    if (obj instanceof SetExtensions s) {
      return s;
    }
    if (obj == null) {
      return null;
    }
    ASN1Sequence seq = SeqReader.sequence(obj, FIELD);
    List<ASN1ObjectIdentifier> list = new ArrayList<>();
    for (var e : seq) {
      if (!(e instanceof ASN1ObjectIdentifier oid)) {
        throw new MalformedCertExtensionException(FIELD, "element is not an OBJECT IDENTIFIER");
      }
      list.add(oid);
    }
    return new SetExtensions(list);
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static SetExtensions fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public List<ASN1ObjectIdentifier> extensions() {
    return extensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERSequence(extensions.toArray(new ASN1ObjectIdentifier[0]));
  }
}
