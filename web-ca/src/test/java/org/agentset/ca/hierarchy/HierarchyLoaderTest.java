package org.agentset.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agentset.ca.hierarchy.HierarchyLoader.StoredAuthority;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.cert.SealedKeyStore;
import org.junit.jupiter.api.Test;

/** Rebuilding the running hierarchy at start, and refusing keys that do not match the records. */
class HierarchyLoaderTest {

  private final HierarchyLoader loader =
      new HierarchyLoader(TestHierarchy.BC, TestHierarchy.factory());

  private static List<StoredAuthority> stored(NewHierarchy h) {
    List<StoredAuthority> list = new ArrayList<>();
    for (CaMaterial ca : h.authorities().values()) {
      list.add(
          new StoredAuthority(
              ca.name(),
              ca.certificate(),
              ca.messageKey().map(CaMaterial.KeyedCertificate::certificate).orElse(null),
              ca.exchangeKey().map(CaMaterial.KeyedCertificate::certificate).orElse(null)));
    }
    return list;
  }

  @Test
  void rebuildsEveryCaWithItsKeysChainsAndStatusPointers() {
    NewHierarchy h = TestHierarchy.p256();
    Map<CaName, CaMaterial> loaded = loader.load(stored(h), h.keyStoreEntries());
    for (CaName name : CaName.values()) {
      CaMaterial before = h.authorities().get(name);
      CaMaterial after = loaded.get(name);
      assertThat(after.chain()).isEqualTo(before.chain());
      assertThat(after.signing().privateKey().getEncoded())
          .isEqualTo(before.signing().privateKey().getEncoded());
      assertThat(after.signing().crlUri()).contains(TestHierarchy.URLS.crl(name));
      assertThat(after.signing().ocspUri()).contains(TestHierarchy.URLS.ocsp());
      assertThat(after.messageKey().isPresent()).isEqualTo(name.hasMessageKeys());
    }
  }

  @Test
  void aKeyOfAnotherCaIsRefusedByAlias() {
    NewHierarchy h = TestHierarchy.p256();
    Map<String, SealedKeyStore.Entry> swapped = new HashMap<>(h.keyStoreEntries());
    SealedKeyStore.Entry merchant = swapped.get("merchant/signing");
    SealedKeyStore.Entry gateway = swapped.get("gateway/signing");
    swapped.put(
        "merchant/signing", new SealedKeyStore.Entry(gateway.key(), merchant.certificate()));
    assertThatThrownBy(() -> loader.load(stored(h), swapped))
        .hasMessage("key merchant/signing does not match its certificate");
  }

  @Test
  void aKeyStoreFromAnotherInstallationIsRefused() {
    NewHierarchy other = TestHierarchy.factory().create(CaSuite.P256);
    assertThatThrownBy(() -> loader.load(stored(TestHierarchy.p256()), other.keyStoreEntries()))
        .hasMessage("key root/signing belongs to another certificate than the records name");
  }

  @Test
  void missingPiecesAreNamed() {
    NewHierarchy h = TestHierarchy.p256();
    Map<String, SealedKeyStore.Entry> noExchange = new HashMap<>(h.keyStoreEntries());
    noExchange.remove("gateway/exchange");
    assertThatThrownBy(() -> loader.load(stored(h), noExchange))
        .hasMessage("the CA key store has no key gateway/exchange");
    List<StoredAuthority> noGeo = new ArrayList<>(stored(h));
    noGeo.removeIf(s -> s.name() == CaName.GEO);
    assertThatThrownBy(() -> loader.load(noGeo, h.keyStoreEntries()))
        .hasMessage("the stored hierarchy has no geo CA");
    Map<String, SealedKeyStore.Entry> noSuccessor = new HashMap<>(h.keyStoreEntries());
    noSuccessor.remove("root/next");
    assertThatThrownBy(() -> loader.load(stored(h), noSuccessor))
        .hasMessageContaining("successor root key");
  }
}
