package org.agentset.ca.rest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaKeyRing;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.app.CertificateFilter;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.IssuanceService;
import org.agentset.ca.app.RevocationService;
import org.agentset.ca.issue.IssuePlanner;
import org.agentset.ca.issue.IssueRequest;
import org.agentset.ca.issue.Pem;
import org.agentset.ca.status.RevocationReason;
import org.agentset.set.cert.CertificateProfile;

/**
 * The operators' API, for automation beside the console ({@code web.xml} lets in {@code ca-admin}
 * and {@code ca-auditor}; the services allow issuing and revoking to {@code ca-admin} only):
 *
 * <ul>
 *   <li>{@code GET api/admin/certificates?type=&status=&subject=&ca=&first=&max=} — search;
 *   <li>{@code POST api/admin/certificates} — issue a merchant or gateway certificate from a
 *       PKCS#10 request ({@link IssueBody}); 201 with the PEM;
 *   <li>{@code POST api/admin/certificates/{serial}/revocation} — revoke ({@link RevokeBody}).
 * </ul>
 *
 * Refusals are JSON {@link Problem}s: 400 invalid input, 403 not allowed (and audited), 404
 * unknown serial, 409 conflict (already revoked, key certified before).
 */
@Path("admin/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCertificatesResource {

  @EJB private CertificateQueries queries;

  @EJB private IssuanceService issuance;

  @EJB private RevocationService revocation;

  @EJB private AuditTrail audit;

  @EJB private CaKeyRing ring;

  @Context private HttpServletRequest request;

  @Context private SecurityContext security;

  @GET
  public List<CertificateSummary> search(
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("subject") String subject,
      @QueryParam("ca") String ca,
      @QueryParam("first") int first,
      @QueryParam("max") Integer max) {
    return queries
        .search(
            new CertificateFilter(blank(type), blank(status), blank(subject), null, null, blank(ca)),
            first,
            max == null ? 50 : max)
        .stream()
        .map(CertificateSummary::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(IssueBody body) {
    if (body == null) {
      return problem(400, "A JSON request body is required.");
    }
    CertificateProfile profile;
    try {
      profile = body.profile() == null ? null : CertificateProfile.valueOf(body.profile());
    } catch (IllegalArgumentException e) {
      profile = null;
    }
    if (profile == null || !IssuePlanner.PROFILES.contains(profile)) {
      return problem(400, "profile must be one of " + IssuePlanner.PROFILES);
    }
    try {
      X509Certificate cert =
          issuance.issueFromRequest(
              new IssueRequest(
                  profile,
                  body.csr(),
                  body.merchant(),
                  body.cardCertRequired(),
                  body.validityDays() == null ? 365 : body.validityDays()),
              request.getRemoteAddr());
      String serial = cert.getSerialNumber().toString(16);
      return Response.created(URI.create(ring.urls().base() + "/ca/pki/certs/" + serial + ".pem"))
          .type("application/x-pem-file")
          .entity(Pem.certificates(List.of(cert)))
          .build();
    } catch (CaOperationException e) {
      return problem(e);
    } catch (EJBAccessException e) {
      return refused("ISSUE", body.profile());
    }
  }

  @POST
  @Path("{serial}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revoke(@PathParam("serial") String serial, RevokeBody body) {
    RevocationReason reason =
        body == null ? null : RevocationReason.parse(body.reason()).orElse(null);
    if (reason == null) {
      return problem(
          400, "reason must be one of " + List.of(RevocationReason.values()));
    }
    try {
      return Response.ok(CertificateSummary.of(revocation.revoke(serial, reason, request.getRemoteAddr())))
          .build();
    } catch (CaOperationException e) {
      return problem(e);
    } catch (EJBAccessException e) {
      return refused("REVOKE", serial);
    }
  }

  private Response refused(String action, String target) {
    audit.recordApart(
        security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName(),
        action,
        target,
        request.getRemoteAddr(),
        "refused: the operator lacks the ca-admin role (admin API)",
        AuditTrail.REFUSED);
    return problem(403, "Only a CA administrator (ca-admin) may do this.");
  }

  private static Response problem(CaOperationException e) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case INVALID -> 400;
        };
    return problem(status, e.getMessage());
  }

  private static Response problem(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(status, message))
        .build();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
