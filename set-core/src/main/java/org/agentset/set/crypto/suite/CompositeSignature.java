package org.agentset.set.crypto.suite;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;

/**
 * The pq-hybrid composite signature {@code id-agentset-mldsa65-ecdsaP256}: ML-DSA-65 (FIPS 204,
 * pure mode, hedged with the injected randomness, empty context) and ECDSA P-256 with SHA-256, each
 * over the same prefixed message; the signature verifies only if <em>both</em> halves do.
 *
 * <pre>
 * M'  = DER(id-agentset-mldsa65-ecdsaP256) || M
 * CompositeSignatureValue ::= SEQUENCE {
 *   mldsa65  BIT STRING,    -- ML-DSA-65 signature over M'
 *   ecdsa    BIT STRING }   -- DER Ecdsa-Sig-Value over M' with SHA-256
 * </pre>
 *
 * <p>The prefix (the composite's OID) keeps a half from being lifted out and presented as a plain
 * ML-DSA or ECDSA signature over {@code M}, in the spirit of the IETF composite-signature drafts.
 * An attacker must break both ML-DSA-65 and ECDSA P-256 to forge.
 */
final class CompositeSignature {

  private static final byte[] PREFIX = Der.encode(SuiteIdentifiers.MLDSA65_ECDSA_P256);

  private CompositeSignature() {}

  static byte[] sign(Provider provider, SecureRandom random, HybridPrivateKey key, byte[] message)
      throws SetCryptoException {
    byte[] prefixed = prefixed(message);
    byte[] pq;
    try {
      Signature mldsa = Signature.getInstance("ML-DSA-65", provider);
      mldsa.initSign(key.postQuantum(), random);
      mldsa.update(prefixed);
      pq = mldsa.sign();
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "signing key", e);
    }
    byte[] classical = EcKeys.sign(provider, random, key.classical(), prefixed);
    return Der.encode(new DERSequence(new DERBitString(pq), new DERBitString(classical)));
  }

  /** Whether both halves verify; a malformed value does not. */
  static boolean verify(Provider provider, HybridPublicKey key, byte[] message, byte[] value)
      throws SetCryptoException {
    byte[][] halves;
    try {
      halves = halves(value);
    } catch (SetCryptoException e) {
      return false;
    }
    byte[] prefixed = prefixed(message);
    boolean pqValid;
    try {
      Signature mldsa = Signature.getInstance("ML-DSA-65", provider);
      mldsa.initVerify(key.postQuantum());
      mldsa.update(prefixed);
      pqValid = mldsa.verify(halves[0]);
    } catch (SignatureException | RuntimeException e) {
      pqValid = false;
    } catch (GeneralSecurityException e) {
      throw new SetCryptoException(Reason.WRONG_KEY, "verification key", e);
    }
    boolean classicalValid = EcKeys.verify(provider, key.classical(), prefixed, halves[1]);
    return pqValid & classicalValid;
  }

  private static byte[][] halves(byte[] value) throws SetCryptoException {
    ASN1Primitive primitive = Der.decode(value, "CompositeSignatureValue", 16 * 1024);
    if (!(primitive instanceof ASN1Sequence sequence)
        || sequence.size() != 2
        || !(sequence.getObjectAt(0) instanceof DERBitString pq)
        || pq.getPadBits() != 0
        || !(sequence.getObjectAt(1) instanceof DERBitString classical)
        || classical.getPadBits() != 0) {
      throw new SetCryptoException(Reason.MALFORMED, "CompositeSignatureValue");
    }
    return new byte[][] {pq.getOctets(), classical.getOctets()};
  }

  private static byte[] prefixed(byte[] message) {
    byte[] out = new byte[PREFIX.length + message.length];
    System.arraycopy(PREFIX, 0, out, 0, PREFIX.length);
    System.arraycopy(message, 0, out, PREFIX.length, message.length);
    return out;
  }
}
