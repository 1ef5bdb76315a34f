package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /merchant/set} over HTTP: whatever arrives, the answer is a SET message. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantSetEndpointIT {

  private static final URI SET =
      URI.create(System.getProperty("agentset.it.http") + "/merchant/set");

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void undecodableBytesGetASetErrorNotAnErrorPage() throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(SET)
                    .header("Content-Type", "application/set-payment")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x30, 0x03, 1, 2, 3}))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/set-payment");
    MessageWrapper answer = MessageWrapper.parse(r.body(), DerLimits.DEFAULT);
    assertThat(answer.getMessage().getBody()).isInstanceOf(SetError.class);
    SetError error = (SetError) answer.getMessage().getBody();
    assertThat(error.isSigned()).isFalse();
    assertThat(error.getUnsignedError().getErrorCode()).isEqualTo(ErrorCode.DECODING_FAILURE);
  }

  @Test
  void getIsNotTheWayIn() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(SET).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }
}
