package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.MessageFactory;
import com.solab.iso8583.parse.ConfigParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * Packs and unpacks AgentSET's ISO 8583:1987 messages with j8583, whose field layouts are read
 * from {@code iso8583-bank.xml} (data, not code). Thread-safe once built.
 */
public final class Iso8583Codec {

  private static final String LAYOUT = "iso8583-bank.xml";

  private final MessageFactory<IsoMessage> factory;

  private Iso8583Codec(MessageFactory<IsoMessage> factory) {
    this.factory = factory;
  }

  /** The codec for the layouts shipped with the adapter. */
  public static Iso8583Codec standard() {
    try (Reader layout =
        new InputStreamReader(
            Iso8583Codec.class.getResourceAsStream(LAYOUT), StandardCharsets.US_ASCII)) {
      MessageFactory<IsoMessage> factory = ConfigParser.createFromReader(layout);
      factory.setCharacterEncoding(StandardCharsets.US_ASCII.name());
      factory.setUseBinaryMessages(false);
      factory.setAssignDate(false);
      return new Iso8583Codec(factory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ISO 8583 layout " + LAYOUT, e);
    }
  }

  /** A new, empty message of the given type (e.g. {@code 0x800}). */
  public IsoMessage newMessage(int type) {
    return factory.newMessage(type);
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
   * Parses one message.
   *
   * @throws Iso8583Exception naming what was wrong; never any other exception for bad bytes
   */
  public IsoMessage decode(byte[] bytes) throws Iso8583Exception {
    if (bytes.length < 4 + 16) {
      throw new Iso8583Exception("message too short for an MTI and a bitmap: " + bytes.length);
    }
    IsoMessage message;
    try {
      message = factory.parseMessage(bytes, 0);
    } catch (ParseException e) {
      throw new Iso8583Exception("unparsable message: " + e.getMessage());
    } catch (RuntimeException | IOException e) {
      throw new Iso8583Exception("malformed message: " + e.getClass().getSimpleName());
    }
    if (message == null) {
      throw new Iso8583Exception("unknown message type " + new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    }
    return message;
  }
}
