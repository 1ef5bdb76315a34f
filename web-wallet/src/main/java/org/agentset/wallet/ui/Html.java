package org.agentset.wallet.ui;

import java.util.List;
import java.util.Optional;
import org.agentset.wallet.app.FieldError;

/** HTML escaping and the few fragments every form repeats. */
final class Html {

  private Html() {}

  /** {@code s} safe inside element content and quoted attributes. */
  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** The hidden field carrying the session's CSRF token. */
  static String csrf(String token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(token) + "\">";
  }

  /**
   * A labelled input with its error, if any.
   *
   * @param attrs extra attributes, already safe (e.g. {@code autocomplete="cc-number"})
   * @param value the value to show again, or empty (never a card number)
   */
  static String field(
      String name,
      String label,
      String type,
      String attrs,
      String value,
      String hint,
      List<FieldError> errors) {
    Optional<String> error =
        errors.stream().filter(e -> e.field().equals(name)).map(FieldError::message).findFirst();
    return """
    <label for="%1$s">%2$s</label>
    <input id="%1$s" name="%1$s" type="%3$s" %4$s value="%5$s"%6$s>
    %7$s%8$s\
    """
        .formatted(
            name,
            escape(label),
            type,
            attrs,
            escape(value),
            error.isPresent()
                ? " aria-invalid=\"true\" aria-describedby=\"" + name + "-error\""
                : "",
            hint.isEmpty() ? "" : "<p class=\"hint\">" + escape(hint) + "</p>\n",
            error
                .map(m -> "<p class=\"error\" id=\"" + name + "-error\">" + escape(m) + "</p>")
                .orElse(""));
  }
}
