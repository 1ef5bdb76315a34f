package org.agentset.wallet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router router =
      new Router()
          .get("/cards", r -> Response.noContent())
          .post("/cards", r -> Response.noContent())
          .post("/cards/{id}/remove", r -> Response.noContent());

  @Test
  void literalAndParameterSegmentsMatch() throws Exception {
    assertThat(router.match("GET", "/cards").pattern()).isEqualTo("/cards");
    Router.Match m = router.match("POST", "/cards/ab12-_x/remove");
    assertThat(m.pattern()).isEqualTo("/cards/{id}/remove");
    assertThat(m.params()).containsEntry("id", "ab12-_x");
  }

  @Test
  void unknownPathsAre404AndWrongMethods405NamingTheRightOnes() {
    assertThatThrownBy(() -> router.match("GET", "/cards/"))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    assertThatThrownBy(() -> router.match("GET", "/cards/a%2Fb/remove"))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    assertThatThrownBy(() -> router.match("DELETE", "/cards"))
        .isInstanceOfSatisfying(
            HttpProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(405);
              assertThat(p.detail()).isEqualTo("Use GET or POST here.");
            });
    assertThat(router.allowed("/cards")).isEqualTo("GET, POST");
  }
}
