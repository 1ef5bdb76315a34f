package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartySecretsTest {

  @TempDir Path dir;

  @Test
  void eachPartyGetsItsOwnGeneratedPasswordKeptOwnerOnlyAndReused() throws Exception {
    Map<String, String> first = PartySecrets.environment(dir, Map.of());
    Map<String, String> second = PartySecrets.environment(dir, Map.of());

    assertThat(second).isEqualTo(first);
    assertThat(first.keySet())
        .containsExactly(
            "AGENTSET_CA_KEYSTORE_PASSWORD",
            "AGENTSET_GATEWAY_KEYSTORE_PASSWORD",
            "AGENTSET_MERCHANT_KEYSTORE_PASSWORD",
            "AGENTSET_ANS_KEY_PASSWORD");
    assertThat(new HashSet<>(first.values())).hasSize(4);
    for (PartySecrets.Secret s : PartySecrets.ALL) {
      String password = first.get(s.variable());
      assertThat(password).hasSizeGreaterThanOrEqualTo(40);
      Path file = dir.resolve(s.file());
      assertThat(Files.readString(file).strip()).isEqualTo(password);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    Path other = Files.createDirectory(dir.resolve("other"));
    assertThat(PartySecrets.environment(other, Map.of()).get("AGENTSET_CA_KEYSTORE_PASSWORD"))
        .isNotEqualTo(first.get("AGENTSET_CA_KEYSTORE_PASSWORD"));
  }

  @Test
  void aPasswordFromTheEnvironmentWinsAndNothingIsWrittenForIt() throws Exception {
    Map<String, String> env =
        Map.of("AGENTSET_GATEWAY_KEYSTORE_PASSWORD", "operator-chosen-gw-password");
    assertThat(PartySecrets.environment(dir, env))
        .containsEntry("AGENTSET_GATEWAY_KEYSTORE_PASSWORD", "operator-chosen-gw-password");
    assertThat(dir.resolve(PartySecrets.GATEWAY.file())).doesNotExist();
    assertThat(dir.resolve(PartySecrets.CA.file())).exists();
  }

  @Test
  void aDamagedPasswordFileIsReportedNotReplaced() throws Exception {
    Files.writeString(dir.resolve(PartySecrets.MERCHANT.file()), "short\n");
    assertThatThrownBy(() -> PartySecrets.environment(dir, Map.of()))
        .hasMessageContaining("no usable merchant key-store password")
        .hasMessageNotContaining("short");
    assertThat(Files.readString(dir.resolve(PartySecrets.MERCHANT.file()))).isEqualTo("short\n");
  }
}
