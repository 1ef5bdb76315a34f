package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.MessageFactory;
import com.solab.iso8583.parse.ConfigParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * Packs and unpacks AgentSET's ISO 8583:1987 messages with j8583, whose field layouts are read
 * from {@code iso8583-bank.xml} (data, not code). Decoding also enforces the layout's presence and
 * digit rules, so every message that decodes is well-formed. Thread-safe once built.
 *
 * <p>The message type is checked before j8583 sees the bytes: j8583 logs the whole raw message
 * when it meets a type it has no layout for, and the raw message could hold a card number.
 */
public final class Iso8583Codec {

  private static final String LAYOUT = "iso8583-bank.xml";
  /** Four MTI digits and a sixteen-digit primary bitmap. */
  private static final int MIN_LENGTH = 4 + 16;

  private final MessageFactory<IsoMessage> factory;
  private final LayoutRules rules;

  private Iso8583Codec(MessageFactory<IsoMessage> factory, LayoutRules rules) {
    this.factory = factory;
    this.rules = rules;
  }

  /** The codec for the layouts shipped with the adapter. */
  public static Iso8583Codec standard() {
    try (Reader layout = new InputStreamReader(open(), StandardCharsets.US_ASCII);
        InputStream again = open()) {
      MessageFactory<IsoMessage> factory = ConfigParser.createFromReader(layout);
      factory.setCharacterEncoding(StandardCharsets.US_ASCII.name());
      factory.setUseBinaryMessages(false);
      factory.setAssignDate(false);
      return new Iso8583Codec(factory, LayoutRules.read(again));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ISO 8583 layout " + LAYOUT, e);
    }
  }

  private static InputStream open() throws IOException {
    InputStream in = Iso8583Codec.class.getResourceAsStream(LAYOUT);
    if (in == null) {
      throw new IOException("layout " + LAYOUT + " is missing from the adapter");
    }
    return in;
  }

  /** A new, empty message of the given type (e.g. {@code 0x800}). */
  public IsoMessage newMessage(int type) {
    IsoMessage m = factory.newMessage(type);
    m.setCharacterEncoding(StandardCharsets.US_ASCII.name());
    return m;
  }

  /** The response to {@code request} (type + 0x10), with the request's fields copied. */
  public IsoMessage responseTo(IsoMessage request) {
    return factory.createResponse(request);
  }

  /** The message's bytes, without the length prefix. */
  public byte[] encode(IsoMessage message) {
    return message.writeData();
  }

  /**
   * Parses one message and checks it against its layout.
   *
   * @throws Iso8583Exception naming what was wrong; never any other exception for bad bytes
   */
  public IsoMessage decode(byte[] bytes) throws Iso8583Exception {
    if (bytes.length < MIN_LENGTH) {
      throw new Iso8583Exception("message too short for an MTI and a bitmap: " + bytes.length + " bytes");
    }
    int type = typeOf(bytes);
    IsoMessage message;
    try {
      message = factory.parseMessage(bytes, 0);
    } catch (ParseException e) {
      throw new Iso8583Exception("unparsable " + MessageTypes.text(type) + ": " + Redaction.scrub(e.getMessage()));
    } catch (RuntimeException | IOException e) {
      throw new Iso8583Exception(
          "malformed " + MessageTypes.text(type) + ": " + e.getClass().getSimpleName() + " " + Redaction.scrub(e.getMessage()));
    }
    if (message == null) {
      throw new Iso8583Exception("unparsable " + MessageTypes.text(type));
    }
    int used = message.writeData().length;
    if (used != bytes.length) {
      throw new Iso8583Exception(
          (bytes.length - used) + " bytes after the last field of " + MessageTypes.text(type));
    }
    rules.check(message);
    return message;
  }

  private int typeOf(byte[] bytes) throws Iso8583Exception {
    String mti = new String(bytes, 0, 4, StandardCharsets.US_ASCII);
    int type;
    try {
      type = MessageTypes.parse(mti);
    } catch (IllegalArgumentException e) {
      throw new Iso8583Exception("message type is not four digits");
    }
    if (!rules.types().contains(type)) {
      throw new Iso8583Exception("unknown message type " + mti);
    }
    return type;
  }
}
