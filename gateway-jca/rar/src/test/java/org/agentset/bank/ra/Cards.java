package org.agentset.bank.ra;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.YearMonth;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.SetReference;

/** Requests on the demo cards for the adapter's tests. */
final class Cards {

  static final Acceptor SHOP = new Acceptor("T0000001", "NORDLICHT-BOOKS", "5942");
  static final YearMonth EXPIRY = YearMonth.of(2035, 12);

  private Cards() {}

  /** A cardholder's CardSecret (20 bytes, as in set-core's TransStain test vector). */
  static final byte[] CARD_SECRET =
      HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f1011121314");

  /** A cardholder certificate's serial. */
  static final BigInteger SERIAL = new BigInteger("9f00a1b2c3d4e5", 16);

  static AuthorisationRequest authorisation(String pan, long minorUnits) {
    return AuthorisationRequest.of(CardNumber.of(pan), EXPIRY, Amount.of(minorUnits, "EUR"), SHOP);
  }

  /** The registration of {@link #CARD_SECRET} under {@link #SERIAL} for {@code pan}. */
  static CardSecretRegistration registration(String pan) {
    return new CardSecretRegistration(CardNumber.of(pan), EXPIRY, SERIAL, CARD_SECRET);
  }

  /** A SET reference naming {@link #SERIAL}, its TransStain made with {@code cardSecret}. */
  static SetReference signed(byte[] xid, byte[] cardSecret) {
    return SetReference.of(xid, transStain(cardSecret, xid)).withCardholderSerial(SERIAL);
  }

  /** TransStain = HMAC-SHA256(CardSecret, XID). */
  static byte[] transStain(byte[] cardSecret, byte[] xid) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(cardSecret, "HmacSHA256"));
      return mac.doFinal(xid);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
