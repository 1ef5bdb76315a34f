package org.agentset.merchant.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.Product;
import org.agentset.merchant.catalogue.Catalogue;
import org.agentset.merchant.catalogue.ProductImages;

/** {@code GET /img/<merchant>/<sku>.svg}: the product's picture, drawn from its catalogue entry. */
@WebServlet("/img/*")
public class ProductImageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,32})/([A-Z0-9-]{1,32})\\.svg");

  @Inject private transient Catalogue catalogue;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      resp.sendError(404);
      return;
    }
    Merchant merchant = catalogue.merchant(m.group(1)).orElse(null);
    Product p = merchant == null ? null : catalogue.product(merchant, m.group(2)).orElse(null);
    if (p == null) {
      resp.sendError(404);
      return;
    }
    byte[] svg =
        ProductImages.svg(p.getCategory().getMotif(), p.getImageHue(), p.getName(), p.getSku())
            .getBytes(StandardCharsets.UTF_8);
    resp.setContentType("image/svg+xml");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "public, max-age=300");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    resp.setContentLength(svg.length);
    resp.getOutputStream().write(svg);
  }
}
