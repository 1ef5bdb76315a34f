package org.agentset.wallet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.agentset.wallet.WalletClient;

/** Checks a response is the RFC 9457 problem the test expects. */
public final class HttpProblemAssert {

  private HttpProblemAssert() {}

  /** {@code r} is {@code application/problem+json} with this status and type, and a detail. */
  public static void assertProblem(HttpResponse<String> r, int status, String slug) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    var json = WalletClient.json(r);
    assertThat(json.getString("type")).isEqualTo(HttpProblem.TYPE_PREFIX + slug);
    assertThat(json.getInt("status")).isEqualTo(status);
    assertThat(json.getString("title")).isNotBlank();
    assertThat(json.getString("detail")).isNotBlank();
  }
}
