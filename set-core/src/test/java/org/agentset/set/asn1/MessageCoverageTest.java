package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.agentset.set.asn1.msg.MessageType;
import org.junit.jupiter.api.Test;

/**
 * Every message AgentSET implements has a sample (and so a round trip, negative and fuzz coverage).
 */
class MessageCoverageTest {

  @Test
  void everySupportedMessageTypeHasASample() {
    MessageType[] supported =
        Arrays.stream(MessageType.values())
            .filter(MessageType::isSupported)
            .toArray(MessageType[]::new);
    assertThat(MsgCases.bodies().keySet()).containsExactlyInAnyOrder(supported);
    assertThat(supported).hasSize(27);
  }
}
