package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaSettingsTest {

  @TempDir Path dir;

  @Test
  void aGeneratedPasswordIsKeptOwnerOnlyAndReusedOnTheNextRun() throws Exception {
    String first = CaSettings.environment(dir, Map.of()).get("AGENTSET_CA_KEYSTORE_PASSWORD");
    String second = CaSettings.environment(dir, Map.of()).get("AGENTSET_CA_KEYSTORE_PASSWORD");
    assertThat(first).hasSize(43).isEqualTo(second);
    Path file = dir.resolve(CaSettings.PASSWORD_FILE);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    // another data directory gets another password
    Path other = Files.createDirectory(dir.resolve("other"));
    assertThat(CaSettings.environment(other, Map.of()).get("AGENTSET_CA_KEYSTORE_PASSWORD"))
        .isNotEqualTo(first);
  }

  @Test
  void thePasswordFromTheEnvironmentWinsAndNothingIsWritten() throws Exception {
    assertThat(
            CaSettings.environment(dir, Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", "operator-chosen-password")))
        .isEqualTo(Map.of("AGENTSET_CA_KEYSTORE_PASSWORD", "operator-chosen-password"));
    assertThat(dir.resolve(CaSettings.PASSWORD_FILE)).doesNotExist();
  }

  @Test
  void aDamagedPasswordFileIsReportedNotReplaced() throws Exception {
    Files.writeString(dir.resolve(CaSettings.PASSWORD_FILE), "short\n");
    assertThatThrownBy(() -> CaSettings.environment(dir, Map.of()))
        .hasMessageContaining("no usable CA key-store password")
        .hasMessageNotContaining("short");
    assertThat(Files.readString(dir.resolve(CaSettings.PASSWORD_FILE))).isEqualTo("short\n");
  }

  @Test
  void thePublicUrlFollowsTheHttpPortUnlessConfigured() {
    assertThat(CaSettings.jvmProperties(8180, Map.of()))
        .containsExactly("-Dagentset.ca.public-url=http://localhost:8180");
    assertThat(CaSettings.jvmProperties(8180, Map.of("AGENTSET_CA_PUBLIC_URL", "https://pki.bank")))
        .isEmpty();
  }
}
