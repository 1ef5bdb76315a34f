package org.agentset.set.crypto;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * What an envelope operator released after every check passed: the content type, the DER of the
 * content {@code t}, and for the EX family the DER of the extra data {@code p} (e.g. PANData) that
 * travelled in the key block.
 */
public final class OpenedContent {

  private final ASN1ObjectIdentifier contentType;
  private final byte[] content;
  private final byte[] extra;

  OpenedContent(ASN1ObjectIdentifier contentType, byte[] content, byte[] extra) {
    this.contentType = contentType;
    this.content = content.clone();
    this.extra = extra == null ? null : extra.clone();
  }

  /** The content type of the envelope (a SET TBE type). */
  public ASN1ObjectIdentifier contentType() {
    return contentType;
  }

  /** The DER of {@code t}. */
  public byte[] content() {
    return content.clone();
  }

  /** The DER of the extra data {@code p}, or null for operators without one. */
  public byte[] extra() {
    return extra == null ? null : extra.clone();
  }
}
