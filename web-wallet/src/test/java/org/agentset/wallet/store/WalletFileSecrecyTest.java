package org.agentset.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.WalletContents;
import org.junit.jupiter.api.Test;

/**
 * Reads every byte the wallet leaves on disk and looks for the secrets it holds, in every form a
 * careless encoding would write them: the card number in ASCII, UTF-16 and packed BCD, the keys, K
 * and the tokens whole and in 8-byte pieces, and the password.
 */
class WalletFileSecrecyTest extends StoreTestBase {

  @Test
  void noCardNumberKeyTokenOrPasswordIsOnDiskInClear() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    WalletContents c = store.update(t, x -> Fixtures.everything(clock.instant()));
    store.lock();

    Map<String, byte[]> secrets = secretsOf(c);
    assertThat(secrets).hasSizeGreaterThan(10);
    try (Stream<Path> files = Files.walk(home)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("wallet.dat", "wallet.lock");
      for (Path file : all) {
        byte[] bytes = Files.readAllBytes(file);
        secrets.forEach(
            (name, secret) ->
                assertThat(ContentsCodecTest.indexOf(bytes, secret))
                    .as("%s in %s", name, file.getFileName())
                    .isEqualTo(-1));
      }
    }
  }

  @Test
  void theSearchFindsTheSecretsInThePlaintextItWouldOtherwiseMiss() {
    // the same search over the unencrypted DER finds them: the test above can fail
    byte[] plain = ContentsCodec.encode(Fixtures.everything(clock.instant()));
    Map<String, byte[]> secrets = secretsOf(Fixtures.everything(clock.instant()));
    assertThat(ContentsCodecTest.indexOf(plain, secrets.get("card number, ASCII"))).isPositive();
    assertThat(ContentsCodecTest.indexOf(plain, secrets.get("K of slot 0"))).isPositive();
    assertThat(ContentsCodecTest.indexOf(plain, secrets.get("sealed token of slot 1")))
        .isPositive();
  }

  private static Map<String, byte[]> secretsOf(WalletContents c) {
    Map<String, byte[]> s = new java.util.LinkedHashMap<>();
    c.cards()
        .forEach(
            card -> {
              String pan = card.number();
              s.put(
                  "card number, ASCII" + (s.containsKey("card number, ASCII") ? " " + pan : ""),
                  pan.getBytes(StandardCharsets.US_ASCII));
              s.put("card number, UTF-16BE " + pan, pan.getBytes(StandardCharsets.UTF_16BE));
              s.put("card number, UTF-16LE " + pan, pan.getBytes(StandardCharsets.UTF_16LE));
              s.put(
                  "card number, BCD " + pan,
                  HexFormat.of().parseHex(pan.length() % 2 == 0 ? pan : pan + "f"));
              card.setCredential().ifPresent(k -> pieces(s, "cardholder key", k.privateKey()));
            });
    c.communication().ifPresent(k -> pieces(s, "communication key", k.privateKey()));
    c.agents()
        .forEach(
            a ->
                a.items()
                    .forEach(
                        i -> {
                          i.key().ifPresent(k -> pieces(s, "K of slot " + i.slot(), k));
                          pieces(s, "sealed token of slot " + i.slot(), i.sealedToken());
                        }));
    s.put("password", new String(Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return s;
  }

  private static void pieces(Map<String, byte[]> s, String name, Bytes secret) {
    byte[] whole = secret.toByteArray();
    s.put(name, whole);
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i + 8 <= whole.length; i += 8) {
      parts.add(java.util.Arrays.copyOfRange(whole, i, i + 8));
    }
    for (int i = 0; i < parts.size(); i++) {
      s.put(name + " bytes " + (8 * i) + ".." + (8 * i + 7), parts.get(i));
    }
  }
}
