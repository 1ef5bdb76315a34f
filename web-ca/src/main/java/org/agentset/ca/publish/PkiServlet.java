package org.agentset.ca.publish;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agentset.ca.app.CaKeyRing;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.Pem;

/**
 * The CA's fixed public endpoints, which certificates point to and any tool may fetch without
 * credentials:
 *
 * <ul>
 *   <li>{@code GET /ca/pki/ca-certs.pem}: every CA certificate of the hierarchy, root first;
 *   <li>{@code GET /ca/pki/crl/<ca>.crl}: that CA's newest CRL, DER ({@code
 *       application/pkix-crl});
 *   <li>{@code GET /ca/pki/bci}: the newest BrandCRLIdentifier, DER;
 *   <li>{@code GET /ca/pki/certs/<serial-hex>.pem}: any certificate the CA issued (404 if none).
 * </ul>
 *
 * Status documents are served with {@code Cache-Control: no-cache}: a revocation must show in the
 * next download.
 */
@WebServlet(urlPatterns = "/pki/*")
public class PkiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern CRL = Pattern.compile("/crl/([a-z][a-z0-9-]{1,31})\\.crl");
  private static final Pattern CERT = Pattern.compile("/certs/([0-9A-Fa-f]{1,64})\\.pem");

  /** Media type of a BrandCRLIdentifier (AgentSET's; SET defines none). */
  public static final String BCI_TYPE = "application/vnd.agentset.set-bci";

  @EJB private CaKeyRing ring;

  @EJB private CertificateQueries queries;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    if (path.equals("/ca-certs.pem")) {
      StringBuilder pem = new StringBuilder();
      for (CaMaterial ca : ring.all()) {
        pem.append(Pem.certificates(java.util.List.of(ca.certificate())));
      }
      send(resp, "application/x-pem-file", pem.toString().getBytes(StandardCharsets.US_ASCII), false);
      return;
    }
    if (path.equals("/bci")) {
      var bci = queries.latestBci();
      if (bci.isEmpty()) {
        notFound(resp, "no BrandCRLIdentifier published yet");
        return;
      }
      send(resp, BCI_TYPE, bci.get().getDer(), true);
      return;
    }
    Matcher crl = CRL.matcher(path);
    if (crl.matches()) {
      var ca = CaName.byId(crl.group(1)).flatMap(queries::latestCrl);
      if (ca.isEmpty()) {
        notFound(resp, "no such CA: " + crl.group(1));
        return;
      }
      send(resp, "application/pkix-crl", ca.get().getDer(), true);
      return;
    }
    Matcher cert = CERT.matcher(path);
    if (cert.matches()) {
      var record = queries.bySerial(cert.group(1));
      if (record.isEmpty()) {
        notFound(resp, "no certificate with serial " + cert.group(1));
        return;
      }
      send(resp, "application/x-pem-file", Pem.certificate(record.get().getDer()), false);
      return;
    }
    notFound(resp, "not a PKI resource");
  }

  private static void send(HttpServletResponse resp, String type, byte[] body, boolean status)
      throws IOException {
    resp.setContentType(type);
    resp.setContentLength(body.length);
    resp.setHeader("Cache-Control", status ? "no-cache" : "max-age=300");
    resp.getOutputStream().write(body);
  }

  private static void notFound(HttpServletResponse resp, String message) throws IOException {
    resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
    resp.setContentType("text/plain;charset=UTF-8");
    resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
