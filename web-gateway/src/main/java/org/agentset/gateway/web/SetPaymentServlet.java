package org.agentset.gateway.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.gateway.app.SetDispatcher;

/**
 * {@code POST /gateway/set}: SET payment messages from merchants, {@code Content-Type:
 * application/set-payment}, body a DER MessageWrapper. The answer is always a SET message of the
 * same media type: the response, or an Error (HTTP 200 for a SET answer, 400 for an Error, 415 /
 * 413 with an Error body for a wrong media type or an oversized body). Never a bare 500.
 */
@WebServlet(urlPatterns = "/set")
public class SetPaymentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SetPaymentServlet.class.getName());

  /** The media type of SET payment messages. */
  public static final String MEDIA_TYPE = "application/set-payment";

  /** Largest body accepted (a CapReq batch of many tokens stays far below). */
  static final int MAX_BYTES = 256 * 1024;

  @EJB private SetDispatcher dispatcher;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String type = req.getContentType();
    SetDispatcher.Answer answer;
    try {
      if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MEDIA_TYPE)) {
        answer = dispatcher.refuseMediaType();
        send(resp, 415, answer.body());
        return;
      }
      if (req.getContentLengthLong() > MAX_BYTES) {
        answer = dispatcher.refuseOversized();
        send(resp, 413, answer.body());
        return;
      }
      byte[] body = read(req);
      if (body == null) {
        send(resp, 413, dispatcher.refuseOversized().body());
        return;
      }
      answer = dispatcher.handle(body);
      send(resp, answer.error() ? 400 : 200, answer.body());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SET request failed unexpectedly", e);
      send(resp, 500, dispatcher.internalError().body());
    }
  }

  /** The body, or null when it exceeds the limit. */
  private static byte[] read(HttpServletRequest req) throws IOException {
    try (InputStream in = req.getInputStream()) {
      byte[] b = in.readNBytes(MAX_BYTES + 1);
      return b.length > MAX_BYTES ? null : b;
    }
  }

  private static void send(HttpServletResponse resp, int status, byte[] body) throws IOException {
    resp.setStatus(status);
    resp.setContentType(MEDIA_TYPE);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
