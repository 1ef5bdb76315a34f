package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The rules j8583 does not check, read from the same layout file it reads: which fields each
 * message type must carry ({@code presence="M"}) and which fields may hold digits only (NUMERIC
 * fields and {@code content="n"}). j8583 accepts letters in a numeric field and a message without
 * its mandatory fields; an issuer must not.
 */
final class LayoutRules {

  /** One field's rule. */
  private record Rule(boolean mandatory, boolean digitsOnly) {}

  private final Map<Integer, Map<Integer, Rule>> byType;

  private LayoutRules(Map<Integer, Map<Integer, Rule>> byType) {
    this.byType = byType;
  }

  /** Reads the {@code <parse>} elements of a j8583 layout, following {@code extends}. */
  static LayoutRules read(InputStream layout) throws IOException {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = dbf.newDocumentBuilder().parse(layout).getDocumentElement();
      Map<Integer, Map<Integer, Rule>> byType = new HashMap<>();
      for (Element parse : children(root, "parse")) {
        int type = MessageTypes.parse(parse.getAttribute("type"));
        Map<Integer, Rule> rules = new TreeMap<>();
        if (parse.hasAttribute("extends")) {
          Map<Integer, Rule> parent = byType.get(MessageTypes.parse(parse.getAttribute("extends")));
          if (parent == null) {
            throw new IOException("layout " + parse.getAttribute("type") + " extends an unknown type");
          }
          rules.putAll(parent);
        }
        for (Element field : children(parse, "field")) {
          int num = Integer.parseInt(field.getAttribute("num"));
          String fieldType = field.getAttribute("type");
          if ("exclude".equals(fieldType)) {
            rules.remove(num);
          } else {
            rules.put(
                num,
                new Rule(
                    "M".equals(field.getAttribute("presence")),
                    "NUMERIC".equals(fieldType) || "n".equals(field.getAttribute("content"))));
          }
        }
        byType.put(type, rules);
      }
      return new LayoutRules(byType);
    } catch (ParserConfigurationException | SAXException | IllegalArgumentException e) {
      throw new IOException("unreadable ISO 8583 layout: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        result.add(e);
      }
    }
    return result;
  }

  /** The message types the layout defines. */
  Set<Integer> types() {
    return byType.keySet();
  }

  /**
   * Checks a parsed message against its type's rules.
   *
   * @throws Iso8583Exception naming the first broken rule (field number and name only)
   */
  void check(IsoMessage message) throws Iso8583Exception {
    Map<Integer, Rule> rules = byType.get(message.getType());
    for (Map.Entry<Integer, Rule> e : rules.entrySet()) {
      int field = e.getKey();
      if (!message.hasField(field)) {
        if (e.getValue().mandatory()) {
          throw new Iso8583Exception(
              String.format("%s lacks mandatory field %d", MessageTypes.text(message.getType()), field),
              message);
        }
      } else if (e.getValue().digitsOnly() && !isDigits(Fields.text(message, field))) {
        throw new Iso8583Exception(
            String.format("field %d of %s must be digits", field, MessageTypes.text(message.getType())),
            message);
      }
    }
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
