package org.agentset.wallet.http;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.eclipse.parsson.JsonProviderImpl;
import org.eclipse.parsson.api.JsonConfig;

/**
 * JSON through Parsson (Jakarta JSON Processing), bound directly rather than found by service
 * lookup, and strict: a body must be one object, and a key twice is refused rather than letting the
 * last one win silently.
 */
public final class Json {

  private static final JsonProvider PROVIDER = new JsonProviderImpl();
  private static final JsonReaderFactory READERS =
      PROVIDER.createReaderFactory(
          Map.of(JsonConfig.REJECT_DUPLICATE_KEYS, true, JsonConfig.MAX_DEPTH, 8));

  private Json() {}

  /** A new object builder. */
  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  /** A new array builder. */
  public static jakarta.json.JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  /**
   * Parses a peer's answer that must be one JSON object (the agent server's, the CA's).
   *
   * @throws IllegalArgumentException if it is not
   */
  public static JsonObject read(byte[] body) {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not one JSON object", e);
    }
  }

  /**
   * Parses a request body that must be one JSON object.
   *
   * @throws HttpProblem 400 {@code malformed-json} saying where parsing stopped
   */
  static JsonObject parseObject(byte[] body) throws HttpProblem {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw new HttpProblem(
          400,
          "malformed-json",
          "The body is not valid JSON",
          "The body must be one JSON object with each member once; parsing stopped at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ".");
    } catch (RuntimeException e) {
      throw new HttpProblem(
          400,
          "malformed-json",
          "The body is not valid JSON",
          "The body must be one JSON object with each key once.");
    }
  }
}
