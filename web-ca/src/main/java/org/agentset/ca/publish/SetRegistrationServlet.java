package org.agentset.ca.publish;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.agentset.ca.reg.SetRegistrationService;

/**
 * SET registration over HTTP: {@code POST /ca/set} with {@code Content-Type:
 * application/set-registration} and a DER MessageWrapper (CardCInitReq, RegFormReq, Me-AqCInitReq,
 * CertReq, CertInqReq). The answer is a DER MessageWrapper of the same media type, HTTP 200 — a SET
 * Error message when the request is refused. Another media type is answered 415 and a body above
 * {@value #MAX_BYTES} bytes 413, each with a one-line JSON reason, since no SET message could be
 * read.
 */
@WebServlet(urlPatterns = "/set")
public class SetRegistrationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The media type of registration messages. */
  public static final String MEDIA_TYPE = "application/set-registration";

  /** Largest registration message read. */
  public static final int MAX_BYTES = 64 * 1024;

  @EJB private SetRegistrationService service;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String type = req.getContentType() == null ? "" : req.getContentType().split(";")[0].strip();
    if (!type.equalsIgnoreCase(MEDIA_TYPE)) {
      CommunicationServlet.problem(
          resp, 415, "Send a DER SET MessageWrapper as " + MEDIA_TYPE + ".");
      return;
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    }
    if (body.length > MAX_BYTES) {
      CommunicationServlet.problem(
          resp, 413, "A registration message has at most " + MAX_BYTES + " bytes.");
      return;
    }
    byte[] answer = service.answer(body, req.getRemoteAddr());
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(MEDIA_TYPE);
    resp.setContentLength(answer.length);
    resp.getOutputStream().write(answer);
  }
}
