package org.agentset.merchant.set;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /merchant/set} ({@code application/set-payment}): one SET purchase message in, the
 * answer out — always a SET message, an Error for anything refused, never a bare HTTP error page.
 */
@WebServlet("/set")
public class SetEndpointServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Largest message accepted (a PReq with certificates is a few KiB). */
  static final int MAX_BYTES = 256 * 1024;

  @EJB private transient SetDesk desk;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    }
    if (body.length > MAX_BYTES) {
      body = new byte[0]; // answered as undecodable: the Error names no header
    }
    byte[] answer = desk.handle(body);
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(HttpGatewayLink.MEDIA_TYPE);
    resp.setHeader("Cache-Control", "no-store");
    resp.setContentLength(answer.length);
    resp.getOutputStream().write(answer);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Allow", "POST");
    resp.sendError(405, "POST SET messages (application/set-payment) here");
  }
}
