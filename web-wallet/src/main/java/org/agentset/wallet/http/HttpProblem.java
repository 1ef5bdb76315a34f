package org.agentset.wallet.http;

import java.util.List;
import org.agentset.wallet.app.FieldError;

/**
 * A request refused before or while it was handled, as an RFC 9457 problem: its {@code type} is
 * {@code tag:agentset.org,2026:wallet/<slug>} (RFC 4151 tag URIs: absolute, owned, and never
 * mistaken for a page to fetch).
 */
public final class HttpProblem extends Exception {

  private static final long serialVersionUID = 1L;

  /** Prefix of every problem type the wallet uses. */
  public static final String TYPE_PREFIX = "tag:agentset.org,2026:wallet/";

  private final int status;
  private final String slug;
  private final String title;
  private final transient List<FieldError> errors;

  /** A problem with a one-line detail. */
  public HttpProblem(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  /** A problem listing what was wrong with each field. */
  public HttpProblem(
      int status, String slug, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  /** The problem type's URI. */
  public String type() {
    return TYPE_PREFIX + slug;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** What was wrong field by field; empty when the problem is not about fields. */
  public List<FieldError> errors() {
    return errors;
  }
}
