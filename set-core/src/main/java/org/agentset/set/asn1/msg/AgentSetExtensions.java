package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import java.io.IOException;
import java.util.Set;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * Reading and writing AgentSET's additions in SET's {@code MsgExtensions} fields.
 *
 * <p>SET defines an extension point ({@code MsgExtensions}, X.509 {@code Extension}s) in nearly
 * every message so implementations can add fields without changing the ASN.1 of SET 1.0. AgentSET
 * puts its fixes there, marked critical where a receiver that ignored them would be unsafe; a
 * receiver that meets a critical extension it does not understand must refuse the message with
 * SET's {@code unrecognizedExtension} ({@link #firstUnrecognizedCritical}).
 */
public final class AgentSetExtensions {

  private AgentSetExtensions() {}

  /** A critical extension whose value is the DER encoding of {@code value}. */
  public static Extension critical(ASN1ObjectIdentifier oid, ASN1Encodable value) {
    return extension(oid, true, value);
  }

  /** A non-critical extension whose value is the DER encoding of {@code value}. */
  public static Extension nonCritical(ASN1ObjectIdentifier oid, ASN1Encodable value) {
    return extension(oid, false, value);
  }

  private static Extension extension(
      ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    try {
      return new Extension(oid, critical, value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
    } catch (IOException e) {
      throw new IllegalArgumentException("extension value cannot be DER encoded", e);
    }
  }

  /** {@code MsgExtensions} holding {@code extensions}, or null if there are none. */
  public static Extensions of(Extension... extensions) {
    return extensions.length == 0 ? null : new Extensions(extensions);
  }

  /**
   * The value of extension {@code oid} in {@code extensions} decoded strictly, or null when absent.
   *
   * @param path where the extension sits, for errors, e.g. {@code
   *     "PIHead.piExtensions.gatewayBinding"}
   * @param critical whether the extension must be marked critical
   */
  public static <T extends ASN1Encodable> T find(
      Extensions extensions,
      ASN1ObjectIdentifier oid,
      String path,
      boolean critical,
      Decoder<T> decoder) {
    Extension ext = extensions == null ? null : extensions.getExtension(oid);
    if (ext == null) {
      return null;
    }
    if (ext.isCritical() != critical) {
      throw new SetDecodingException(
          BAD_VALUE, path, critical ? "must be critical" : "must not be critical");
    }
    try {
      return StrictDer.decode(ext.getExtnValue().getOctets(), DerLimits.DEFAULT, decoder);
    } catch (SetDecodingException e) {
      throw e.under(path);
    }
  }

  /**
   * The first critical extension not in {@code understood}, or null (answer {@code
   * unrecognizedExtension}).
   */
  public static ASN1ObjectIdentifier firstUnrecognizedCritical(
      Extensions extensions, Set<ASN1ObjectIdentifier> understood) {
    if (extensions == null) {
      return null;
    }
    for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
      if (!understood.contains(oid)) {
        return oid;
      }
    }
    return null;
  }
}
