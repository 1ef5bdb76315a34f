/**
 * Strict DER decoding for SET messages: {@link org.agentset.set.asn1.der.StrictDer}, the only way
 * untrusted bytes enter the ASN.1 layer, with {@link org.agentset.set.asn1.der.DerLimits}; the
 * {@link org.agentset.set.asn1.der.Fields} cursor and {@link org.agentset.set.asn1.der.Values}
 * decoders that turn every malformed structure into a {@link
 * org.agentset.set.asn1.der.SetDecodingException} naming the field; and the encoding twins {@link
 * org.agentset.set.asn1.der.DerSeq}, {@link org.agentset.set.asn1.der.Der} and {@link
 * org.agentset.set.asn1.der.Check}.
 *
 * <p>Conventions for the SET types built on this package: {@code getInstance(Object)} accepts the
 * type itself, any ASN.1 value, or DER bytes (parsed strictly with default limits) and never
 * returns null; it throws {@code SetDecodingException} and nothing else on bad input. Public
 * constructors build values and throw {@code IllegalArgumentException}/{@code NullPointerException}
 * on values the type cannot hold.
 */
package org.agentset.set.asn1.der;
