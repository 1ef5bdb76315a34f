package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Network-management messages (0800/0810): the echo test both sides use to check the link. */
public final class NetworkManagement {

  /** MTI of a network-management request. */
  public static final int REQUEST = 0x800;

  /** MTI of a network-management response. */
  public static final int RESPONSE = 0x810;

  /** Field 70 code of an echo test. */
  public static final String ECHO_TEST = "301";

  private static final DateTimeFormatter TRANSMISSION =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);

  private NetworkManagement() {}

  /** An echo request with the given trace number, stamped with {@code clock}'s time (UTC). */
  public static IsoMessage echoRequest(Iso8583Codec codec, int stan, Clock clock) {
    IsoMessage m = codec.newMessage(REQUEST);
    m.setValue(7, TRANSMISSION.format(clock.instant()), IsoType.NUMERIC, 10);
    m.setValue(11, String.format("%06d", stan), IsoType.NUMERIC, 6);
    m.setValue(70, ECHO_TEST, IsoType.NUMERIC, 3);
    return m;
  }

  /** The answer to a network-management request: same fields, response code 00. */
  public static IsoMessage answer(Iso8583Codec codec, IsoMessage request) {
    IsoMessage m = codec.responseTo(request);
    m.setValue(39, "00", IsoType.ALPHA, 2);
    return m;
  }
}
