package org.agentset.bank.ra;

import java.time.YearMonth;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.CardNumber;

/** Requests on the demo cards for the adapter's tests. */
final class Cards {

  static final Acceptor SHOP = new Acceptor("T0000001", "NORDLICHT-BOOKS", "5942");
  static final YearMonth EXPIRY = YearMonth.of(2035, 12);

  private Cards() {}

  static AuthorisationRequest authorisation(String pan, long minorUnits) {
    return AuthorisationRequest.of(CardNumber.of(pan), EXPIRY, Amount.of(minorUnits, "EUR"), SHOP);
  }
}
