/**
 * SET's ASN.1 types, one class per type, named as in SET Book 3, built on Bouncy Castle's ASN.1
 * classes; decoding is strict DER with size and depth limits.
 */
package org.agentset.set.asn1;
