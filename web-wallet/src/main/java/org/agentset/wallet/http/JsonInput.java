package org.agentset.wallet.http;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.agentset.wallet.app.FieldError;

/**
 * The members of a JSON request body, checked against what the endpoint accepts: an unknown member
 * or a member of the wrong JSON type is refused, naming it, before any service is called.
 */
public final class JsonInput {

  private final JsonObject object;

  private JsonInput(JsonObject object) {
    this.object = object;
  }

  /**
   * Accepts {@code object} if it has only {@code allowed} members, each of the given kind.
   *
   * @param strings members that must be strings when present
   * @param integers members that must be integers when present
   * @throws HttpProblem 400 {@code invalid-input} listing every offending member
   */
  static JsonInput of(JsonObject object, Set<String> strings, Set<String> integers)
      throws HttpProblem {
    List<FieldError> errors = new ArrayList<>();
    for (String key : new TreeSet<>(object.keySet())) {
      JsonValue v = object.get(key);
      if (strings.contains(key)) {
        if (v.getValueType() != JsonValue.ValueType.STRING) {
          errors.add(new FieldError(key, "Must be a string."));
        }
      } else if (integers.contains(key)) {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
          errors.add(new FieldError(key, "Must be a whole number."));
        }
      } else {
        errors.add(new FieldError(key, "Not a member this request accepts."));
      }
    }
    if (!errors.isEmpty()) {
      throw new HttpProblem(
          400,
          "invalid-input",
          "The input is not valid",
          "The JSON body has members of the wrong type or unknown members.",
          errors);
    }
    return new JsonInput(object);
  }

  /** The string member {@code name}, or null when absent. */
  public String string(String name) {
    JsonValue v = object.get(name);
    return v == null ? null : ((JsonString) v).getString();
  }

  /** The integer member {@code name} as text (for the services' own range checks), or null. */
  public String integerText(String name) {
    JsonValue v = object.get(name);
    return v == null ? null : ((JsonNumber) v).bigIntegerValue().toString();
  }
}
