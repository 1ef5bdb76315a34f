package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.DAMAGED;
import static org.agentset.wallet.store.WalletException.Reason.UNSUPPORTED;
import static org.agentset.wallet.store.WalletException.Reason.WRONG_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import org.agentset.wallet.store.WalletStore.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A wallet file cut short or changed anywhere is reported as damaged and left as it is: never
 * opened, never mistaken for a wrong password (unless someone recomputed the checksum and altered
 * exactly the key check), never reset.
 */
class WalletFileDamageTest extends StoreTestBase {

  private WalletStore store;
  private byte[] good;

  @BeforeEach
  void walletWithContents() throws Exception {
    store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    store.update(t, c -> Fixtures.everything(clock.instant()));
    store.lock();
    good = Files.readAllBytes(store.file());
  }

  @Test
  void everyTruncationIsReportedAsDamagedAndLeftInPlace() throws Exception {
    for (int length = 0; length < good.length; length++) {
      byte[] cut = Arrays.copyOf(good, length);
      Files.write(store.file(), cut);
      int at = length;
      assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
          .as("truncated to %d bytes", at)
          .isInstanceOfSatisfying(
              WalletException.class, e -> assertThat(e.reason()).isEqualTo(DAMAGED))
          .hasMessageContaining("truncated");
      assertThat(Files.readAllBytes(store.file())).isEqualTo(cut);
      assertThat(store.state()).isEqualTo(State.LOCKED);
    }
  }

  @Test
  void aFlippedBitInEveryByteIsReportedAsDamagedAndLeftInPlace() throws Exception {
    for (int i = 0; i < good.length; i++) {
      byte[] flipped = good.clone();
      flipped[i] ^= (byte) (1 << (i % 8));
      Files.write(store.file(), flipped);
      int at = i;
      assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
          .as("byte %d", at)
          .isInstanceOfSatisfying(
              WalletException.class, e -> assertThat(e.reason()).isEqualTo(DAMAGED));
      assertThat(Files.readAllBytes(store.file())).isEqualTo(flipped);
    }
    Files.write(store.file(), good);
    assertThat(store.contents(store.unlock(Fixtures.PASSWORD)).cards()).hasSize(2);
  }

  @Test
  void everySingleBitFlipIsCaughtBeforeAnyKeyIsDerived() {
    for (int i = 0; i < good.length * 8; i++) {
      byte[] flipped = good.clone();
      flipped[i / 8] ^= (byte) (1 << (i % 8));
      int bit = i;
      assertThatThrownBy(() -> WalletFileFormat.parse(flipped))
          .as("bit %d", bit)
          .isInstanceOfSatisfying(
              WalletException.class, e -> assertThat(e.reason()).isEqualTo(DAMAGED));
    }
  }

  @Test
  void anAlterationWithARecomputedChecksumIsCaughtByTheKeyCheckOrTheGcmTag() throws Exception {
    // header fields that feed the KDF or are the key check: only the key can tell, so the right
    // password looks wrong; everything after them is authenticated by GCM: damaged
    Object[][] cases = {
      {14, WRONG_PASSWORD, "Wrong password."}, // Argon2 memory, low byte
      {20, WRONG_PASSWORD, "Wrong password."}, // salt
      {40, WRONG_PASSWORD, "Wrong password."}, // key check
      {70, DAMAGED, "altered"}, // nonce
      {82, DAMAGED, "length field"}, // ciphertext length
      {84, DAMAGED, "altered"}, // first ciphertext byte
      {good.length - 33, DAMAGED, "altered"}, // last tag byte
    };
    for (Object[] c : cases) {
      byte[] altered = good.clone();
      altered[(int) c[0]] ^= 1;
      Files.write(store.file(), rechecksummed(altered));
      assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
          .as("byte %d altered", c[0])
          .satisfies(e -> WalletStoreTest.reason(e, (WalletException.Reason) c[1]))
          .hasMessageContaining((String) c[2]);
    }
  }

  @Test
  void aNewerFormatIsReportedAsUnsupported() throws Exception {
    byte[] newer = good.clone();
    ByteBuffer.wrap(newer).putShort(8, (short) 2);
    Files.write(store.file(), rechecksummed(newer));
    assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
        .satisfies(e -> WalletStoreTest.reason(e, UNSUPPORTED))
        .hasMessageContaining("format version 2");
  }

  @Test
  void anImpossibleArgon2CostIsRefusedBeforeAnyDerivation() throws Exception {
    byte[] huge = good.clone();
    ByteBuffer.wrap(huge).putInt(11, Integer.MAX_VALUE);
    Files.write(store.file(), rechecksummed(huge));
    assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
        .satisfies(e -> WalletStoreTest.reason(e, DAMAGED))
        .hasMessageContaining("key derivation parameters");
  }

  @Test
  void somethingElseEntirelyIsNotAWalletFile() throws Exception {
    Files.writeString(store.file(), "<html>not a wallet</html>");
    assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
        .satisfies(e -> WalletStoreTest.reason(e, DAMAGED))
        .hasMessageContaining("not an AgentSET wallet file");
  }

  /** The file with its trailing SHA-256 recomputed, as a deliberate alteration would have it. */
  private static byte[] rechecksummed(byte[] file) throws Exception {
    byte[] out = file.clone();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(out, 0, out.length - 32);
    System.arraycopy(sha.digest(), 0, out, out.length - 32, 32);
    return out;
  }
}
