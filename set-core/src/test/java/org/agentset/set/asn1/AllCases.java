package org.agentset.set.asn1;

import java.util.ArrayList;
import java.util.List;

/** Every sample, across packages. */
public final class AllCases {

  private AllCases() {}

  public static List<Case> all() {
    List<Case> all = new ArrayList<>();
    all.addAll(PurchaseCases.all());
    all.addAll(GatewayCases.all());
    all.addAll(RegCases.all());
    all.addAll(MsgCases.all());
    return all;
  }
}
