package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import org.agentset.ca.status.OcspResponder;

/**
 * The container's handle on the {@link OcspResponder}: built once over every CA of the running
 * hierarchy, answering from {@link CertificateQueries} at the moment of each request.
 */
@Singleton
@PermitAll
@DependsOn("CaKeyRing")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OcspService {

  /** How long an OCSP answer may be relied on (its nextUpdate − thisUpdate). */
  public static final Duration ANSWER_VALIDITY = Duration.ofMinutes(10);

  @EJB private CaKeyRing ring;

  @EJB private CertificateQueries queries;

  private OcspResponder responder;

  @PostConstruct
  void start() {
    responder =
        new OcspResponder(
            ring.provider(), ring.clock(), ANSWER_VALIDITY, ring.all(), queries::status);
  }

  /** Answers a DER OCSPRequest with a DER OCSPResponse. */
  public byte[] respond(byte[] request) {
    return responder.respond(request);
  }
}
