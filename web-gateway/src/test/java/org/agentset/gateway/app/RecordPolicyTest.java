package org.agentset.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.msg.AuthorisationRequest;
import org.agentset.set.msg.FlowFixture;
import org.junit.jupiter.api.Test;

/** What the gateway keeps of a verified AuthReq: never the card number. */
class RecordPolicyTest {

  private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
  private final RecordPolicy policy = new RecordPolicy(KEY, "AGSETGW1", "5999");

  @Test
  void theRecordKeepsAKeyedHashAndTheLastFourDigitsOnly() throws Exception {
    AuthorisationRequest r = FlowFixture.of("p256").authorisationRequest();
    Instant now = Instant.parse("2026-11-25T10:15:30.250Z");

    PaymentTransaction t = policy.record(r, new byte[32], now, 42);

    assertThat(t.getState()).isEqualTo("VERIFIED");
    assertThat(t.getPanLast4()).isEqualTo(r.pan().substring(r.pan().length() - 4));
    assertThat(t.getPanHash()).isEqualTo(policy.panHash(r.pan())).hasSize(32);
    assertThat(HexFormat.of().formatHex(t.getPanHash())).doesNotContain(r.pan());
    assertThat(t.getAmountMinor()).isEqualTo(r.amount().getAmount().longValueExact());
    assertThat(t.getCurrency()).isEqualTo("EUR");
    assertThat(t.getAuthStan()).isEqualTo(42);
    assertThat(t.getAuthTransmitted()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
    assertThat(t.getTerminalId()).isEqualTo("AGSETGW1");
    assertThat(t.getXid()).isEqualTo(r.xid());
  }

  @Test
  void theHashIsKeyed() {
    RecordPolicy other = new RecordPolicy(new byte[16], "AGSETGW1", "5999");
    assertThat(policy.panHash("4111111111111111")).isNotEqualTo(other.panHash("4111111111111111"));
  }

  @Test
  void amountsAreInTheCurrencysMinorUnits() {
    assertThat(RecordPolicy.minor(new CurrencyAmount(978, 1999, -2))).isEqualTo(1999);
    assertThat(RecordPolicy.amount(new CurrencyAmount(392, 500, 0)).currency().getCurrencyCode())
        .isEqualTo("JPY");
    assertThatThrownBy(() -> RecordPolicy.minor(new CurrencyAmount(978, 1999, -3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordPolicy.minor(new CurrencyAmount(999_9, 1, -2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAcceptorIdIsTheMerchantIdCutToFifteenPrintableCharacters() {
    assertThat(RecordPolicy.acceptorId("NB-1")).isEqualTo("NB-1");
    assertThat(RecordPolicy.acceptorId("nordlicht-books-groningen")).isEqualTo("nordlicht-books");
    assertThat(RecordPolicy.acceptorId("\u00e9\u00e9")).isEqualTo("UNKNOWN");
  }

  @Test
  void theRetrievalReferenceIsFormedAsTheAdapterFormsIt() {
    assertThat(
            RecoveryService.retrievalReference(
                RecordPolicy.trace(123, Instant.parse("2026-11-25T10:15:30Z"))))
        .isEqualTo("632910000123");
  }
}
