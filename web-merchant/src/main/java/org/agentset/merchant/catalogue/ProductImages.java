package org.agentset.merchant.catalogue;

import java.util.Locale;

/**
 * Draws a product's picture as SVG from its category's motif, its hue and its name: a flat
 * illustration in the shop's style, made on the server, no downloaded image. Container-free; the
 * output depends only on the arguments, so browsers may cache it.
 */
public final class ProductImages {

  private ProductImages() {}

  /** The SVG document (UTF-8 text) for a product. */
  public static String svg(String motif, int hue, String name, String sku) {
    String bg = hsl(hue, 45, 92);
    String main = hsl(hue, 55, 42);
    String light = hsl((hue + 25) % 360, 60, 70);
    String dark = hsl(hue, 50, 25);
    StringBuilder s = new StringBuilder(2048);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\" width=\"400\"")
        .append(" height=\"300\" role=\"img\" aria-label=\"")
        .append(escape(name))
        .append("\">");
    s.append("<rect width=\"400\" height=\"300\" fill=\"").append(bg).append("\"/>");
    s.append("<circle cx=\"330\" cy=\"60\" r=\"90\" fill=\"")
        .append(light)
        .append("\" opacity=\".35\"/>");
    s.append("<g transform=\"translate(200 140)\">");
    s.append(shape(motif, main, light, dark));
    s.append("</g>");
    s.append("<text x=\"200\" y=\"272\" text-anchor=\"middle\" font-family=\"sans-serif\"")
        .append(" font-size=\"15\" fill=\"")
        .append(dark)
        .append("\">")
        .append(escape(shorten(name, 42)))
        .append("</text>");
    s.append(
            "<text x=\"388\" y=\"20\" text-anchor=\"end\" font-family=\"monospace\""
                + " font-size=\"11\"")
        .append(" fill=\"")
        .append(dark)
        .append("\" opacity=\".6\">")
        .append(escape(sku))
        .append("</text>");
    s.append("</svg>");
    return s.toString();
  }

  private static String shape(String motif, String main, String light, String dark) {
    return switch (motif) {
      case "book" ->
          rect(-60, -80, 120, 160, main, 6)
              + rect(-60, -80, 16, 160, dark, 0)
              + rect(-30, -50, 70, 10, light, 2)
              + rect(-30, -32, 50, 6, light, 2)
              + rect(58, -76, 6, 152, "#fff", 0);
      case "map" ->
          "<path d=\"M-90 -60 L-30 -80 L30 -60 L90 -80 L90 70 L30 90 L-30 70 L-90 90 Z\" fill=\""
              + main
              + "\"/><path d=\"M-30 -80 L-30 70 M30 -60 L30 90\" stroke=\""
              + dark
              + "\" stroke-width=\"3\"/><path d=\"M-70 40 C-40 0 0 40 20 -10 S70 -30 75 -50\""
              + " fill=\"none\" stroke=\""
              + light
              + "\" stroke-width=\"5\" stroke-dasharray=\"10 7\"/>";
      case "frame" ->
          rect(-85, -75, 170, 140, dark, 4)
              + rect(-72, -62, 144, 114, light, 0)
              + "<path d=\"M-72 52 L-25 0 L10 30 L40 5 L72 40 L72 52 Z\" fill=\""
              + main
              + "\"/><circle cx=\"40\" cy=\"-30\" r=\"13\" fill=\"#fff\" opacity=\".8\"/>";
      case "chip" ->
          pins(dark)
              + rect(-60, -60, 120, 120, main, 8)
              + rect(-35, -35, 70, 70, dark, 4)
              + "<circle cx=\"-45\" cy=\"-45\" r=\"5\" fill=\""
              + light
              + "\"/>";
      case "sensor" ->
          rect(-75, -55, 150, 110, main, 10)
              + "<circle r=\"32\" fill=\""
              + dark
              + "\"/><circle r=\"18\" fill=\""
              + light
              + "\"/>"
              + rect(-65, 40, 130, 8, dark, 2);
      case "resistor" ->
          "<path d=\"M-120 0 H-60 M60 0 H120\" stroke=\"#888\" stroke-width=\"6\"/>"
              + rect(-60, -25, 120, 50, light, 20)
              + rect(-35, -25, 10, 50, dark, 0)
              + rect(-12, -25, 10, 50, main, 0)
              + rect(11, -25, 10, 50, dark, 0)
              + rect(36, -25, 6, 50, "#c9a227", 0);
      case "tool" ->
          "<g transform=\"rotate(-35)\">"
              + rect(-12, -20, 24, 120, dark, 6)
              + rect(-5, -100, 10, 85, "#9aa4ad", 2)
              + rect(-14, -30, 28, 16, main, 3)
              + "</g>";
      case "battery" ->
          rect(-45, -85, 90, 170, main, 12)
              + rect(-18, -97, 36, 14, dark, 3)
              + "<path d=\"M10 -45 L-18 8 H4 L-8 50 L22 -8 H0 Z\" fill=\""
              + light
              + "\"/>";
      case "leaf" ->
          "<path d=\"M0 90 C-90 30 -70 -70 0 -95 C70 -70 90 30 0 90 Z\" fill=\""
              + main
              + "\"/><path d=\"M0 90 V-80 M0 30 L-35 0 M0 0 L35 -30 M0 -35 L-25 -55\" stroke=\""
              + light
              + "\" stroke-width=\"4\" fill=\"none\"/>";
      case "flower" -> petals(main, light) + "<circle r=\"22\" fill=\"#e9b949\"/>";
      case "teapot" ->
          "<ellipse cy=\"15\" rx=\"80\" ry=\"65\" fill=\""
              + main
              + "\"/>"
              + rect(-35, -65, 70, 18, dark, 8)
              + "<circle cy=\"-72\" r=\"9\" fill=\""
              + dark
              + "\"/><path d=\"M75 0 Q115 -10 120 -45\" stroke=\""
              + main
              + "\" stroke-width=\"16\" fill=\"none\" stroke-linecap=\"round\"/>"
              + "<path d=\"M-78 -10 Q-125 15 -78 50\" stroke=\""
              + dark
              + "\" stroke-width=\"12\" fill=\"none\"/>";
      default ->
          rect(-70, -60, 140, 120, main, 6)
              + "<path d=\"M-70 -20 H70 M0 -60 V60\" stroke=\""
              + light
              + "\" stroke-width=\"8\"/>";
    };
  }

  private static String pins(String color) {
    StringBuilder s = new StringBuilder();
    for (int i = -45; i <= 45; i += 18) {
      s.append(rect(i - 4, -80, 8, 160, color, 1));
      s.append(rect(-80, i - 4, 160, 8, color, 1));
    }
    return s.toString();
  }

  private static String petals(String main, String light) {
    StringBuilder s = new StringBuilder();
    for (int a = 0; a < 360; a += 45) {
      s.append("<ellipse cy=\"-48\" rx=\"20\" ry=\"42\" fill=\"")
          .append(a % 90 == 0 ? main : light)
          .append("\" transform=\"rotate(")
          .append(a)
          .append(")\"/>");
    }
    return s.toString();
  }

  private static String rect(int x, int y, int w, int h, String fill, int r) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"%s\"/>",
        x,
        y,
        w,
        h,
        r,
        fill);
  }

  private static String hsl(int h, int s, int l) {
    return String.format(Locale.ROOT, "hsl(%d,%d%%,%d%%)", h, s, l);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** XML text escaping of names that come from the catalogue (editable in the back office). */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
