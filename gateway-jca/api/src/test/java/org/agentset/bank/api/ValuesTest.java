package org.agentset.bank.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The client interface's values refuse what the network cannot carry, and never print a PAN. */
class ValuesTest {

  private static final Acceptor SHOP = new Acceptor("T0000001", "NORDLICHT-BOOKS", "5942");

  @Test
  void aCardNumberPrintsMaskedAndItsErrorsNeverRepeatIt() {
    CardNumber pan = CardNumber.of("4111 1111 1111 1111");
    assertThat(pan.digits()).isEqualTo("4111111111111111");
    assertThat(pan.lastFour()).isEqualTo("1111");
    assertThat(pan).hasToString("************1111");
    AuthorisationRequest request = AuthorisationRequest.of(pan, YearMonth.of(2035, 12), Amount.of(100, "EUR"), SHOP);
    assertThat(request.toString()).doesNotContain("4111111111111111");
    assertThatThrownBy(() -> CardNumber.of("4111-1111-1111-1111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a card number has 12 to 19 digits");
    assertThatThrownBy(() -> CardNumber.of("41111111111111111111")).hasMessageNotContaining("4111");
  }

  @Test
  void amountsFitFieldFourAndCarryANumericCurrency() {
    assertThat(Amount.of(1999, "EUR").numericCurrency()).isEqualTo("978");
    assertThat(Amount.of(Amount.MAX_MINOR_UNITS, "USD").numericCurrency()).isEqualTo("840");
    assertThatThrownBy(() -> Amount.of(0, "EUR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amount.of(Amount.MAX_MINOR_UNITS + 1, "EUR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amount.of(100, "XFU")).hasMessageContaining("numeric code");
  }

  @Test
  void acceptorsAndTracesFitTheirFields() {
    assertThatThrownBy(() -> new Acceptor("TERMINAL9", "M", "5942")).hasMessageContaining("terminal id");
    assertThatThrownBy(() -> new Acceptor("T1", "M", "59")).hasMessageContaining("category code");
    assertThat(new Trace(42, Instant.parse("2026-11-24T09:30:15.987Z")))
        .isEqualTo(new Trace(42, Instant.parse("2026-11-24T09:30:15Z")))
        .extracting(Trace::stanText)
        .isEqualTo("000042");
    assertThatThrownBy(() -> new Trace(0, Instant.now())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Trace(1_000_000, Instant.now())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void followUpsReferToTheRightKindOfMessage() {
    TransactionReference auth =
        new TransactionReference(
            TransactionReference.Kind.AUTHORISATION, new Trace(1, Instant.now()), SHOP, Amount.of(100, "EUR"), "632809000001", null, null);
    assertThatThrownBy(() -> CaptureRequest.of(auth)).hasMessage("only an approved authorisation can be captured");
    assertThatThrownBy(() -> RefundRequest.of(auth, Amount.of(1, "EUR"))).hasMessage("a refund refers to a capture");
    assertThat(ReversalRequest.of(auth).authorisation()).isEqualTo(auth);
    assertThatThrownBy(() -> new BankResult(Outcome.UNKNOWN, "00", auth)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new BankResult(Outcome.DECLINED, "51", auth).meaning()).contains(ResponseCode.INSUFFICIENT_FUNDS);
  }

  @Test
  void setReferencesAreCopiedAndShownAsHex() {
    byte[] xid = {1, 2, 3};
    SetReference ref = SetReference.of(xid, new byte[] {(byte) 0xAB});
    xid[0] = 9;
    assertThat(ref.xidHex()).isEqualTo("010203");
    assertThat(ref.transStainHex()).isEqualTo("AB");
    assertThatThrownBy(() -> SetReference.of(new byte[33], new byte[1])).hasMessageContaining("XID");
  }
}
