package org.agentset.ca.hierarchy;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.cert.SignatureScheme;

/**
 * Rebuilds the running hierarchy from what was stored: each CA's certificates from its records and
 * its private keys from the opened key store. Every key must belong to exactly the certificate the
 * records name (same certificate in the key store, and a signature made with the private key
 * verifies under the certificate's public key), so a key store from another installation or a
 * restored database that does not match is refused at start rather than discovered at the first
 * signature.
 */
public final class HierarchyLoader {

  /**
   * One stored CA: its certificates as the records hold them.
   *
   * @param message null for CAs without message keys
   * @param exchange null for CAs without message keys
   */
  public record StoredAuthority(
      CaName name, X509Certificate signing, X509Certificate message, X509Certificate exchange) {
    public StoredAuthority {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(signing, "signing");
    }
  }

  private final Provider provider;
  private final HierarchyFactory factory;

  public HierarchyLoader(Provider provider, HierarchyFactory factory) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * The material of every CA.
   *
   * @throws IllegalStateException naming the CA or key that is missing or does not match
   */
  public Map<CaName, CaMaterial> load(
      List<StoredAuthority> stored, Map<String, SealedKeyStore.Entry> keys) {
    Map<CaName, StoredAuthority> byName = new EnumMap<>(CaName.class);
    for (StoredAuthority s : stored) {
      byName.put(s.name(), s);
    }
    Map<CaName, CaMaterial> cas = new EnumMap<>(CaName.class);
    for (CaName name : CaName.values()) {
      StoredAuthority s = byName.get(name);
      if (s == null) {
        throw new IllegalStateException("the stored hierarchy has no " + name.id() + " CA");
      }
      PrivateKey signingKey = key(keys, name.id() + "/signing", s.signing());
      CaMaterial.KeyedCertificate message = null;
      CaMaterial.KeyedCertificate exchange = null;
      if (name.hasMessageKeys()) {
        message = keyed(keys, name.id() + "/message", s.message());
        exchange = keyed(keys, name.id() + "/exchange", s.exchange());
      }
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(s.signing());
      name.parent().ifPresent(p -> chain.addAll(cas.get(p).chain()));
      cas.put(
          name,
          new CaMaterial(
              name, factory.credential(name, s.signing(), signingKey), message, exchange, chain));
    }
    if (!keys.containsKey("root/next")) {
      throw new IllegalStateException("the CA key store has no successor root key (root/next)");
    }
    return cas;
  }

  private CaMaterial.KeyedCertificate keyed(
      Map<String, SealedKeyStore.Entry> keys, String alias, X509Certificate cert) {
    if (cert == null) {
      throw new IllegalStateException("the records name no certificate for " + alias);
    }
    return new CaMaterial.KeyedCertificate(cert, key(keys, alias, cert));
  }

  private PrivateKey key(
      Map<String, SealedKeyStore.Entry> keys, String alias, X509Certificate cert) {
    SealedKeyStore.Entry e = keys.get(alias);
    if (e == null) {
      throw new IllegalStateException("the CA key store has no key " + alias);
    }
    try {
      if (!Arrays.equals(e.certificate().getEncoded(), cert.getEncoded())) {
        throw new IllegalStateException(
            "key " + alias + " belongs to another certificate than the records name");
      }
    } catch (java.security.cert.CertificateEncodingException ex) {
      throw new IllegalStateException("cannot encode the certificate of " + alias, ex);
    }
    if (!matches(e.key(), cert.getPublicKey())) {
      throw new IllegalStateException("key " + alias + " does not match its certificate");
    }
    return e.key();
  }

  private boolean matches(PrivateKey key, PublicKey pub) {
    try {
      String alg = SignatureScheme.forKey(pub).jcaName();
      byte[] probe = "AgentSET CA key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Signature s = Signature.getInstance(alg, provider);
      s.initSign(key);
      s.update(probe);
      byte[] sig = s.sign();
      Signature v = Signature.getInstance(alg, provider);
      v.initVerify(pub);
      v.update(probe);
      return v.verify(sig);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
