package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchaseCryptoFloorTest {

  @Test
  void everyPartysOperationIsMeasuredAndTheAgentInterfaceIsApart() throws Exception {
    PurchaseCryptoFloor.Floor floor = PurchaseCryptoFloor.measure("p256", 2);
    assertThat(floor.costs()).hasSize(7).allSatisfy(c -> assertThat(c.cpuMicros()).isPositive());
    assertThat(floor.purchase()).isLessThan(floor.total());
  }
}
