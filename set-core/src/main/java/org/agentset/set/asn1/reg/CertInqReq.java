package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * An end entity's poll for a pending certificate, signed with an existing certificate (or
 * self-signed when the request is for a signature certificate). SET-PROTOCOL.md §2.3 [C].
 *
 * <pre>
 * CertInqReq ::= S { EE, CertInqReqTBS }   -- setct-CertInqReqTBS
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class CertInqReq extends ProtectedContent {

  private static final String TYPE = "CertInqReq";

  /** Wraps the product of the crypto layer. */
  public CertInqReq(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a CertInqReq (its CMS content stays opaque). */
  public static CertInqReq getInstance(Object obj) {
    return obj instanceof CertInqReq v ? v : new CertInqReq(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
