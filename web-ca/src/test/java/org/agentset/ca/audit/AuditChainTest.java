package org.agentset.ca.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditChain.Stored> chain(int n) {
    List<AuditChain.Stored> list = new ArrayList<>();
    byte[] prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditChain.Entry e =
          new AuditChain.Entry(
              Instant.parse("2026-06-01T10:00:00.123456Z").plusSeconds(i),
              "ada.admin",
              "REVOKE",
              "serial" + i,
              "10.0.0." + i,
              i == 2 ? null : "reason KEY_COMPROMISE",
              "SUCCESS");
      byte[] h = AuditChain.hash(prev, e);
      list.add(new AuditChain.Stored(i, e, prev, h));
      prev = h;
    }
    return list;
  }

  @Test
  void anUntouchedTrailIsIntact() {
    assertThat(AuditChain.firstBroken(AuditChain.GENESIS, chain(5))).isEmpty();
  }

  @Test
  void aChangedFieldIsFoundAtItsEntry() {
    List<AuditChain.Stored> c = chain(5);
    AuditChain.Stored s = c.get(2);
    AuditChain.Entry e = s.entry();
    c.set(2, new AuditChain.Stored(s.id(), new AuditChain.Entry(e.at(), "mallory", e.action(), e.target(), e.origin(), e.detail(), e.outcome()), s.previous(), s.hash()));
    assertThat(AuditChain.firstBroken(AuditChain.GENESIS, c)).contains(3L);
  }

  @Test
  void aRemovedOrReorderedEntryBreaksTheLink() {
    List<AuditChain.Stored> removed = chain(5);
    removed.remove(1);
    assertThat(AuditChain.firstBroken(AuditChain.GENESIS, removed)).contains(3L);
    List<AuditChain.Stored> swapped = chain(5);
    var tmp = swapped.get(3);
    swapped.set(3, swapped.get(4));
    swapped.set(4, tmp);
    assertThat(AuditChain.firstBroken(AuditChain.GENESIS, swapped)).contains(5L);
  }

  @Test
  void nullAndEmptyFieldsHashDifferently() {
    Instant t = Instant.parse("2026-06-01T10:00:00Z");
    byte[] withNull = AuditChain.hash(AuditChain.GENESIS, new AuditChain.Entry(t, "a", "b", null, null, null, "SUCCESS"));
    byte[] withEmpty = AuditChain.hash(AuditChain.GENESIS, new AuditChain.Entry(t, "a", "b", "", null, null, "SUCCESS"));
    assertThat(withNull).isNotEqualTo(withEmpty);
  }
}
