package org.agentset.merchant.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderTermsTest {

  @Test
  void goodTermsHaveNoErrors() {
    assertThat(
            new OrderTerms(
                    "NB-MAP-001",
                    2,
                    new BigDecimal("13.00"),
                    "EUR",
                    "http://127.0.0.1:9/cb",
                    "neg-1")
                .errors())
        .isEmpty();
  }

  @Test
  void everyBadFieldIsNamed() {
    assertThat(new OrderTerms("nb map", 0, new BigDecimal("1.001"), "eur", "ftp://x", "").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("sku", "quantity", "unitPrice", "currency", "callbackUrl", "agreementRef");
    assertThat(new OrderTerms(null, null, null, null, null, null).errors()).hasSize(6);
    assertThat(new OrderTerms("A", 1000, new BigDecimal("-1"), "EUR", "http://h/", "x").errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("quantity", "unitPrice");
  }
}
