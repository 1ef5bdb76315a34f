package org.agentset.ca.publish;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.agentset.ca.app.OcspService;
import org.agentset.ca.status.OcspResponder;

/**
 * The OCSP responder's HTTP binding (RFC 6960 Appendix A): {@code POST /ca/ocsp} with an {@code
 * application/ocsp-request} body, or {@code GET /ca/ocsp/<base64 of the DER request>}. Every
 * answer is an {@code application/ocsp-response} with HTTP 200, including malformedRequest; a body
 * larger than {@link OcspResponder#MAX_REQUEST} is cut off and answered malformedRequest.
 */
@WebServlet(urlPatterns = {"/ocsp", "/ocsp/*"})
public class OcspServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private OcspService ocsp;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(OcspResponder.MAX_REQUEST + 1);
    }
    answer(resp, body.length > OcspResponder.MAX_REQUEST ? new byte[0] : body);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String encoded = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    byte[] request;
    try {
      request =
          Base64.getDecoder().decode(URLDecoder.decode(encoded, StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      request = new byte[0];
    }
    answer(resp, request);
  }

  private void answer(HttpServletResponse resp, byte[] request) throws IOException {
    byte[] response = ocsp.respond(request);
    resp.setContentType("application/ocsp-response");
    resp.setContentLength(response.length);
    resp.setHeader("Cache-Control", "no-cache");
    resp.getOutputStream().write(response);
  }
}
