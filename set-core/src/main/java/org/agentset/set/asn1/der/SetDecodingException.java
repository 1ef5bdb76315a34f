package org.agentset.set.asn1.der;

/**
 * A SET message, or part of one, could not be decoded: the one exception every decoder in {@code
 * org.agentset.set.asn1} throws on bad input.
 *
 * <p>It names <em>where</em> ({@link #getPath()}, the outermost type then the field names down to
 * the offending value, e.g. {@code "PIHead.transIDs.xid"}) and <em>why</em> ({@link #getReason()}),
 * so a party can answer with the right SET {@code Error} code and an operator can find the fault
 * without a hex dump. It is unchecked, like the {@code IllegalArgumentException} of Bouncy Castle's
 * {@code getInstance} contract it replaces, so nested decoders compose; the entry points that take
 * untrusted bytes ({@link StrictDer#parse}, {@link StrictDer#decode}) declare it.
 *
 * <p>The message never contains decoded field values (a PAN must not reach a log), only type and
 * field names, offsets and lengths.
 */
public final class SetDecodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why decoding failed. */
  public enum Reason {
    /** The input ends before a declared length, or is empty. */
    TRUNCATED,
    /** The input, or a declared length, exceeds {@link DerLimits#maxBytes()}. */
    OVERSIZED,
    /** Constructed encodings are nested deeper than {@link DerLimits#maxDepth()}. */
    TOO_DEEP,
    /**
     * Valid BER but not DER: indefinite or non-minimal length, constructed string, non-canonical
     * value.
     */
    NOT_DER,
    /** Bytes follow the single top-level element. */
    TRAILING_DATA,
    /** An element has a different tag (or type) than the field requires. */
    WRONG_TAG,
    /** A mandatory field is absent. */
    MISSING_FIELD,
    /** An element is present that the type does not define at that position. */
    UNEXPECTED_FIELD,
    /** The element has the right type but its value is out of range or malformed. */
    BAD_VALUE,
    /** Well formed, but a kind of message or alternative this implementation does not handle. */
    UNSUPPORTED
  }

  private final Reason reason;
  private final String path;
  private final String detail;

  /**
   * @param reason why decoding failed
   * @param path type and field names, dot separated; empty when the failing decoder does not know
   *     its own field name yet (the enclosing {@link Fields} cursor fills it in)
   * @param detail a short explanation without decoded values
   */
  public SetDecodingException(Reason reason, String path, String detail) {
    super(render(reason, path, detail));
    this.reason = reason;
    this.path = path == null ? "" : path;
    this.detail = detail == null ? "" : detail;
  }

  private static String render(Reason reason, String path, String detail) {
    return reason + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + detail;
  }

  /** Why decoding failed. */
  public Reason getReason() {
    return reason;
  }

  /** Where decoding failed: outermost type, then field names, dot separated. */
  public String getPath() {
    return path;
  }

  /** The explanation, without the reason and path. */
  public String getDetail() {
    return detail;
  }

  /**
   * The same failure seen from the enclosing type: the nested type's own name (the first path
   * segment) is replaced by {@code type.field}.
   */
  public SetDecodingException within(String type, String field) {
    return under(type + "." + field);
  }

  /**
   * The same failure with the nested type's name (the first path segment) replaced by {@code
   * prefix}.
   */
  public SetDecodingException under(String prefix) {
    return renamed(prefix + rest());
  }

  /**
   * The same failure seen from a {@code SEQUENCE OF}: the nested type's name is replaced by the
   * element index, e.g. {@code "[3].transIDs.xid"}; {@link #within} then attaches it to the field.
   */
  public SetDecodingException indexed(int index) {
    return renamed("[" + index + "]" + rest());
  }

  /** The path after its first segment (kept whole when it starts with an index). */
  private String rest() {
    if (path.startsWith("[")) {
      return path;
    }
    int dot = path.indexOf('.');
    return dot < 0 ? "" : path.substring(dot);
  }

  private SetDecodingException renamed(String newPath) {
    SetDecodingException outer = new SetDecodingException(reason, newPath, detail);
    outer.setStackTrace(getStackTrace());
    return outer;
  }

  /** The same failure with {@code type} as the path when none is set yet. */
  public SetDecodingException at(String type) {
    if (!path.isEmpty()) {
      return this;
    }
    return renamed(type);
  }
}
