package org.agentset.merchant.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProductImagesTest {

  @Test
  void everyMotifIsWellFormedSvgNamingTheProduct() throws Exception {
    for (String motif :
        new String[] {
          "book",
          "map",
          "frame",
          "chip",
          "sensor",
          "resistor",
          "tool",
          "battery",
          "leaf",
          "flower",
          "teapot",
          "unknown"
        }) {
      String svg = ProductImages.svg(motif, 200, "Tea & <Cakes> \"deluxe\"", "HT-GEA-001");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document d =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(d.getDocumentElement().getAttribute("aria-label"))
          .isEqualTo("Tea & <Cakes> \"deluxe\"");
      assertThat(svg).doesNotContain("<Cakes>");
    }
  }

  @Test
  void theSamePictureForTheSameProduct() {
    assertThat(ProductImages.svg("leaf", 10, "Sencha", "HT-GRE-001"))
        .isEqualTo(ProductImages.svg("leaf", 10, "Sencha", "HT-GRE-001"))
        .isNotEqualTo(ProductImages.svg("leaf", 11, "Sencha", "HT-GRE-001"));
  }
}
