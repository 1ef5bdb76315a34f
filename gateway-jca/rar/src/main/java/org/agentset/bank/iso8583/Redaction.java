package org.agentset.bank.iso8583;

import java.util.regex.Pattern;

/**
 * Last line of defence against card numbers in logs: removes every run of 12 or more digits from
 * a text that came from elsewhere (a library's exception message, a peer's bytes) before it is
 * logged or put into an exception. AgentSET's own messages never include field contents at all.
 */
public final class Redaction {

  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{12,}");

  private Redaction() {}

  /** {@code text} with every run of 12+ digits replaced by {@code [digits removed]}. */
  public static String scrub(String text) {
    if (text == null) {
      return "";
    }
    return LONG_DIGIT_RUN.matcher(text).replaceAll("[digits removed]");
  }
}
