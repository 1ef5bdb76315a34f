package org.agentset.ans.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class NegotiationTest {

  private final Negotiation negotiation = new Negotiation("EUR", 2_000);

  @Test
  void bestIsCheapestThenFastestThenByName() {
    negotiation.receive(new Offer("voltaic-parts", 1_900, "EUR", 2));
    negotiation.receive(new Offer("nordlicht-books", 1_500, "EUR", 5));
    negotiation.receive(new Offer("herbarium-tea", 1_500, "EUR", 3));
    negotiation.receive(new Offer("aardvark", 1_500, "EUR", 3));
    assertThat(negotiation.best()).contains(new Offer("aardvark", 1_500, "EUR", 3));
    assertThat(negotiation.offers()).hasSize(4).first().extracting(Offer::merchant)
        .isEqualTo("voltaic-parts");
  }

  @Test
  void noOfferNoBest() {
    assertThat(negotiation.best()).isEmpty();
  }

  @Test
  void offersOutsideTheMandateAreRefusedWithTheReason() {
    assertThatThrownBy(() -> negotiation.receive(new Offer("m", 2_001, "EUR", 1)))
        .isInstanceOf(OfferRefusedException.class)
        .hasMessageContaining("exceeds the ceiling of 2000");
    assertThatThrownBy(() -> negotiation.receive(new Offer("m", 100, "USD", 1)))
        .isInstanceOf(OfferRefusedException.class)
        .hasMessageContaining("USD");
    assertThat(negotiation.offers()).isEmpty();
  }

  @Test
  void malformedOffersCannotBeBuilt() {
    assertThatThrownBy(() -> new Offer(" ", 1, "EUR", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Offer("m", 0, "EUR", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Offer("m", 1, "eur", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Offer("m", 1, "EUR", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void survivesSerialisationAsAPassivatedAgentWould() throws Exception {
    negotiation.receive(new Offer("voltaic-parts", 1_900, "EUR", 2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(negotiation);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Negotiation restored = (Negotiation) in.readObject();
      assertThat(restored.offers()).isEqualTo(negotiation.offers());
    }
  }
}
