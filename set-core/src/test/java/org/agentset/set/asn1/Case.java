package org.agentset.set.asn1;

import java.io.IOException;
import org.agentset.set.asn1.der.Decoder;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;

/** A sample value of a SET type with the type's decoder. */
public record Case(String name, ASN1Object value, Decoder<? extends ASN1Encodable> decoder) {

  public byte[] der() {
    try {
      return value.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
