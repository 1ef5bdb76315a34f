package org.agentset.set.crypto.suite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Objects;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * What the three suites share: SHA-256 (on the JDK, for speed), and the Bouncy Castle operator
 * adapters ({@link ContentSigner}, {@link ContentVerifierProvider}) built on each suite's own
 * {@code sign} and {@code verify}, so that CMS SignedData and X.509 certificates are signed and
 * checked by exactly the same code, composite signatures included.
 */
abstract class BaseSuite implements AlgorithmSuite {

  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

  /** The Bouncy Castle provider object; never registered globally. */
  protected final Provider provider;

  /** Randomness for key generation, signatures and encapsulation. */
  protected final SecureRandom random;

  BaseSuite(Provider provider, SecureRandom random) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public AlgorithmIdentifier digestAlgorithm() {
    return SHA256;
  }

  @Override
  public byte[] digest(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  @Override
  public ContentSigner contentSigner(PrivateKey key) throws SetCryptoException {
    checkSigningKey(key);
    AlgorithmIdentifier algorithm = signatureAlgorithm();
    return new ContentSigner() {
      private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public OutputStream getOutputStream() {
        return buffer;
      }

      @Override
      public byte[] getSignature() {
        try {
          return sign(key, buffer.toByteArray());
        } catch (SetCryptoException e) {
          throw new RuntimeOperatorException("signing failed: " + e.getMessage(), e);
        }
      }
    };
  }

  @Override
  public ContentVerifierProvider contentVerifierProvider(PublicKey key) throws SetCryptoException {
    checkVerificationKey(key);
    return new ContentVerifierProvider() {
      @Override
      public boolean hasAssociatedCertificate() {
        return false;
      }

      @Override
      public X509CertificateHolder getAssociatedCertificate() {
        return null;
      }

      @Override
      public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        if (!isSignatureAlgorithm(algorithm)) {
          throw new OperatorCreationException(Reason.SUITE_MISMATCH.text());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new ContentVerifier() {
          @Override
          public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
          }

          @Override
          public OutputStream getOutputStream() {
            return buffer;
          }

          @Override
          public boolean verify(byte[] signature) {
            try {
              BaseSuite.this.verify(key, buffer.toByteArray(), signature);
              return true;
            } catch (SetCryptoException e) {
              return false;
            }
          }
        };
      }
    };
  }

  /** Throws {@code WRONG_KEY} unless {@code key} is a signature private key of this suite. */
  abstract void checkSigningKey(PrivateKey key) throws SetCryptoException;

  /** Throws {@code WRONG_KEY} unless {@code key} is a signature public key of this suite. */
  abstract void checkVerificationKey(PublicKey key) throws SetCryptoException;

  static SetCryptoException wrongKey(String field) {
    return new SetCryptoException(Reason.WRONG_KEY, field);
  }
}
