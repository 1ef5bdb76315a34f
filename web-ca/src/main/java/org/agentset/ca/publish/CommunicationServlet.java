package org.agentset.ca.publish;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.comm.CommunicationService;
import org.agentset.ca.issue.Pem;
import org.agentset.set.cert.CommunicationRequests;

/**
 * Communication-certificate requests over HTTP: {@code POST /ca/comm/wallet} (a wallet's request,
 * signed by its cardholder certificate) and {@code POST /ca/comm/agent} (a customer agent's
 * request, signed by the customer's wallet, forwarded by the agent server), each a DER CMS
 * SignedData ({@code application/cms} or {@code application/pkcs7-mime}). Answers: 201 with the
 * certificate chain as PEM ({@code application/pem-certificate-chain}); 400 for a request the CA
 * refuses, 409 for a replay or a key certified before, 415 for another media type — each with a
 * one-line JSON reason. The request's own signature is the requester's authentication.
 */
@WebServlet(urlPatterns = {"/comm/wallet", "/comm/agent"})
public class CommunicationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CommunicationService service;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String type = req.getContentType() == null ? "" : req.getContentType().split(";")[0].strip();
    if (!type.equals("application/cms") && !type.equals("application/pkcs7-mime")) {
      problem(resp, 415, "Send the request as application/cms (DER CMS SignedData).");
      return;
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(CommunicationRequests.MAX_BYTES + 1);
    }
    CommunicationService.Kind kind =
        req.getServletPath().endsWith("/wallet")
            ? CommunicationService.Kind.WALLET
            : CommunicationService.Kind.CUSTOMER_AGENT;
    try {
      List<X509Certificate> chain = service.issue(kind, body, req.getRemoteAddr());
      byte[] pem = Pem.certificates(chain).getBytes(StandardCharsets.US_ASCII);
      resp.setStatus(HttpServletResponse.SC_CREATED);
      resp.setContentType("application/pem-certificate-chain");
      resp.setContentLength(pem.length);
      resp.getOutputStream().write(pem);
    } catch (CaOperationException e) {
      problem(resp, e.kind() == CaOperationException.Kind.CONFLICT ? 409 : 400, e.getMessage());
    }
  }

  static void problem(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json;charset=UTF-8");
    StringBuilder json = new StringBuilder("{\"status\":").append(status).append(",\"error\":\"");
    for (char c : message.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(' ');
      } else {
        json.append(c);
      }
    }
    json.append("\"}");
    resp.getOutputStream().write(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
