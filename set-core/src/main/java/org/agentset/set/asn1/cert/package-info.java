/**
 * SET's X.509 certificate extensions (SET Book 3, module {@code SetCertificateExtensions},
 * 2.23.42.6.4), the SET certificate policy qualifier, the BrandCRLIdentifier, and AgentSET's own
 * communication-certificate extension.
 *
 * <p>One class per ASN.1 type in the Bouncy Castle style: {@code getInstance(Object)}, a private
 * constructor from the decoded primitive, {@code toASN1Primitive()}. Decoding from an extension
 * value ({@code fromExtensionValue}) is strict DER with a size bound: anything else throws {@link
 * org.agentset.set.asn1.cert.MalformedCertExtensionException} naming the offending field.
 *
 * <p>Where the SET text could not be confirmed (see SET-PROTOCOL.md §9) the class Javadoc says so,
 * and where AgentSET departs from SET 1.0 (SHA-256 instead of SHA-1) it says why.
 */
package org.agentset.set.asn1.cert;
