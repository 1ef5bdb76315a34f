package org.agentset.ca.hierarchy;

import java.util.List;
import java.util.Map;
import org.agentset.set.cert.SealedKeyStore;

/**
 * A hierarchy just created and not yet stored: every CA's material, every certificate issued on the
 * way (in issuing order, parents first) and the key-store entries holding the private keys.
 */
public record NewHierarchy(
    CaSuite suite,
    Map<CaName, CaMaterial> authorities,
    List<IssuedCertificate> certificates,
    Map<String, SealedKeyStore.Entry> keyStoreEntries) {

  public NewHierarchy {
    authorities = Map.copyOf(authorities);
    certificates = List.copyOf(certificates);
    keyStoreEntries = Map.copyOf(keyStoreEntries);
  }
}
