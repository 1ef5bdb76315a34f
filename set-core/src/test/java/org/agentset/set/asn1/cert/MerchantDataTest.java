package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERVisibleString;
import org.junit.jupiter.api.Test;

class MerchantDataTest {

  private static final MerNames EN =
      new MerNames("en", "Bolt Books", "Groningen", "Groningen", "9712 AB", "Netherlands");
  private static final MerNames RU =
      new MerNames("ru", "Книги Болт", "Гронинген", null, null, "Нидерланды");

  @Test
  void roundTripsWithBothStringChoicesAndTheAuthFlag() {
    for (boolean auth : new boolean[] {true, false}) {
      MerchantData md = new MerchantData("MER-42", "412345", List.of(EN, RU), 528, auth);
      MerchantData back = MerchantData.fromExtensionValue(StrictDer.encode(md));
      assertThat(StrictDer.encode(back)).isEqualTo(StrictDer.encode(md));
      assertThat(back.authFlag()).isEqualTo(auth);
      assertThat(back.names().get(1).name()).isEqualTo("Книги Болт");
      assertThat(back.names().get(1).postalCode()).isEmpty();
      assertThat(back.names().get(0).stateProvince()).contains("Groningen");
    }
  }

  private static byte[] raw(String bin, int country, boolean explicitTrue, boolean noNames) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new DERVisibleString("MER-42"));
    v.add(new DERNumericString(bin));
    v.add(noNames ? new DERSequence() : new DERSequence(EN));
    v.add(new ASN1Integer(country));
    if (explicitTrue) {
      v.add(ASN1Boolean.TRUE);
    }
    return StrictDer.encode(new DERSequence(v));
  }

  @Test
  void everyFieldIsChecked() {
    assertThat(MerchantData.fromExtensionValue(raw("412345", 528, false, false)).country())
        .isEqualTo(528);
    fails(raw("41234", 528, false, false), "merchantData.merAcquirerBIN");
    fails(raw("412345", 1000, false, false), "merchantData.merCountry");
    fails(raw("412345", 0, false, false), "merchantData.merCountry");
    fails(raw("412345", 528, true, false), "merchantData.merAuthFlag");
    fails(raw("412345", 528, false, true), "merchantData.merNameSeq");
  }

  @Test
  void constructorBoundsFollowSet() {
    assertThatThrownBy(
            () -> new MerNames("en", "A merchant name longer than 25", "c", null, null, "n"))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class,
            e -> assertThat(e.field()).isEqualTo("merNames.name"));
    assertThatThrownBy(() -> new MerchantData("x".repeat(31), "412345", List.of(EN), 528, true))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class,
            e -> assertThat(e.field()).isEqualTo("merchantData.merID"));
  }

  private static void fails(byte[] der, String field) {
    assertThatThrownBy(() -> MerchantData.fromExtensionValue(der))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
