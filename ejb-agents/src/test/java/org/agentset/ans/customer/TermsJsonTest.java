package org.agentset.ans.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.agentset.ans.merchant.Catalogues;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Mode;
import org.junit.jupiter.api.Test;

class TermsJsonTest {

  @Test
  void termsSurviveTheirDurableRecord() {
    MandateTerms t =
        new MandateTerms(
            "00ff",
            "CN=Ada",
            List.of(
                new ItemRequest("green tea", "tea", 2, 1_250), new ItemRequest("", "maps", 1, 900)),
            4_000,
            "EUR",
            Set.of("herbarium-tea"),
            Instant.parse("2026-11-25T10:00:00Z"),
            Instant.parse("2026-11-25T12:00:00Z"),
            Mode.CONFIRM);
    assertThat(TermsJson.fromJson(TermsJson.toJson(t).toString())).isEqualTo(t);
  }

  @Test
  void theMerchantCatalogueFeedBecomesListings() {
    String json =
        """
        {"merchant":"nordlicht-books","currency":"EUR","items":[
          {"sku":"NB-MAP-004","name":"Wadden Islands Hiking Map","category":"maps","categoryName":"Maps & atlases",
           "description":"Waterproof","listPrice":14.50,"floorPrice":12.10,
           "quantityDiscounts":[{"minQuantity":5,"percent":5.0},{"minQuantity":10,"percent":10.0}],
           "stock":42,"deliveryDays":2},
          {"sku":"BROKEN","name":"Floor above list","category":"maps","listPrice":1.00,"floorPrice":2.00,
           "stock":1,"deliveryDays":1}]}
        """;
    List<Listing> ls;
    try (var r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      ls = Catalogues.listings("nordlicht-books", r.readObject());
    }
    assertThat(ls).hasSize(1);
    Listing l = ls.get(0);
    assertThat(l.listPriceMinor()).isEqualTo(1_450);
    assertThat(l.floorPriceMinor()).isEqualTo(1_210);
    assertThat(l.askFor(5)).isEqualTo(1_378);
    assertThat(l.askFor(10)).isEqualTo(1_305);
    assertThat(new ItemRequest("wadden map", "maps", 1, 1).matches(l)).isTrue();
    assertThat(new ItemRequest("atlases", "", 1, 1).matches(l)).isTrue();
  }
}
