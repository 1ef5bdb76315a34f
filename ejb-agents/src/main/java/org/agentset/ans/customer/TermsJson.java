package org.agentset.ans.customer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Mode;

/** Mandate terms as JSON, for the agent's durable record and the API's views. */
public final class TermsJson {

  private TermsJson() {}

  public static JsonObject toJson(MandateTerms t) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ItemRequest i : t.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("query", i.query())
              .add("category", i.category())
              .add("quantity", i.quantity())
              .add("maxUnitPriceMinor", i.maxUnitPriceMinor()));
    }
    JsonArrayBuilder merchants = Json.createArrayBuilder();
    new TreeSet<>(t.allowedMerchants()).forEach(merchants::add);
    return Json.createObjectBuilder()
        .add("mandateId", t.mandateId())
        .add("customer", t.customer())
        .add("items", items)
        .add("budgetMinor", t.budgetMinor())
        .add("currency", t.currency())
        .add("allowedMerchants", merchants)
        .add("notBefore", t.notBefore().toString())
        .add("notAfter", t.notAfter().toString())
        .add("mode", t.mode().name())
        .build();
  }

  public static MandateTerms fromJson(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonObject o = r.readObject();
      List<ItemRequest> items = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("items")) {
        JsonObject i = v.asJsonObject();
        items.add(
            new ItemRequest(
                i.getString("query"),
                i.getString("category"),
                i.getInt("quantity"),
                i.getJsonNumber("maxUnitPriceMinor").longValueExact()));
      }
      Set<String> merchants = new TreeSet<>();
      o.getJsonArray("allowedMerchants")
          .forEach(v -> merchants.add(((jakarta.json.JsonString) v).getString()));
      return new MandateTerms(
          o.getString("mandateId"),
          o.getString("customer"),
          items,
          o.getJsonNumber("budgetMinor").longValueExact(),
          o.getString("currency"),
          merchants,
          Instant.parse(o.getString("notBefore")),
          Instant.parse(o.getString("notAfter")),
          Mode.valueOf(o.getString("mode")));
    }
  }
}
