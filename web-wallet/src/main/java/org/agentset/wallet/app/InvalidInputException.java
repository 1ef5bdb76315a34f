package org.agentset.wallet.app;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The customer's input was refused and nothing was changed. Unchecked so it can leave a change
 * function passed to the store, which then writes nothing.
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  /** Refusal for the given reasons (at least one). */
  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** Refusal for one reason. */
  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** What was wrong, field by field. */
  public List<FieldError> errors() {
    return errors;
  }
}
