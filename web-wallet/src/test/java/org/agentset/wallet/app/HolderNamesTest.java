package org.agentset.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderNamesTest {

  @Test
  void namesAsPrintedOnCardsAreAcceptedWithTheirSpacesTidied() {
    assertThat(HolderNames.normalise("  Ada   Lovelace ")).hasValue("Ada Lovelace");
    assertThat(HolderNames.normalise("Seán O'Brien-Ó Dálaigh")).hasValue("Seán O'Brien-Ó Dálaigh");
    assertThat(HolderNames.normalise("J. R. Smith")).hasValue("J. R. Smith");
    assertThat(HolderNames.normalise("Zoë")).hasValue("Zoë");
  }

  @Test
  void digitsMarkupControlCharactersAndOverlongNamesAreRefused() {
    for (String bad :
        new String[] {"", "A", "--", "Ada 4111", "<b>Ada</b>", "Ada\u0000", "A".repeat(27)}) {
      assertThat(HolderNames.normalise(bad)).as(bad).isEmpty();
    }
    assertThat(HolderNames.normalise(null)).isEmpty();
    assertThat(HolderNames.normalise("A".repeat(26))).isPresent();
  }
}
