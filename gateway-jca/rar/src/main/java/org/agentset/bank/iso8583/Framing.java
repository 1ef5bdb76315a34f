package org.agentset.bank.iso8583;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** ISO 8583 over TCP: every message is preceded by its length as two bytes, big-endian. */
public final class Framing {

  /** The largest message the 2-byte prefix can announce. */
  public static final int MAX_LENGTH = 0xFFFF;

  private Framing() {}

  /** Writes one length-prefixed message and flushes. */
  public static void write(OutputStream out, byte[] message) throws IOException {
    if (message.length > MAX_LENGTH) {
      throw new IOException("message of " + message.length + " bytes exceeds the 2-byte prefix");
    }
    out.write(new byte[] {(byte) (message.length >>> 8), (byte) message.length});
    out.write(message);
    out.flush();
  }

  /**
   * Reads one length-prefixed message.
   *
   * @throws EOFException when the peer closed the connection between or inside messages
   */
  public static byte[] read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int length = data.readUnsignedShort();
    byte[] message = new byte[length];
    data.readFully(message);
    return message;
  }
}
