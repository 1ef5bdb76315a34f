package org.agentset.bank.host;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every log line (java.util.logging, and j8583's SLF4J logging routed into it) while a
 * test runs, formatted with any exception's stack trace, so the test can show what reached the
 * logs — and that no card number did.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture() {
    setLevel(Level.ALL);
  }

  /** Starts capturing on the root logger. */
  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(formatter.format(record));
  }

  /** Everything captured so far, one entry per record. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** All captured text in one string. */
  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {
    // nothing buffered
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
