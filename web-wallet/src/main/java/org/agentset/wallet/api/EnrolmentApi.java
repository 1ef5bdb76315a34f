package org.agentset.wallet.api;

import jakarta.json.JsonArrayBuilder;
import org.agentset.wallet.app.EnrolmentService;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;

/**
 * {@code POST /api/cards/{id}/enrol}: SET cardholder registration of the card, then the wallet's
 * communication certificate; answers the report (each step, ok or not, the advice). 200 when
 * enrolled, 502 when the CA refused or could not be reached.
 */
final class EnrolmentApi {

  private final EnrolmentService enrolment;

  EnrolmentApi(EnrolmentService enrolment) {
    this.enrolment = enrolment;
  }

  void register(Router router) {
    router.post("/api/cards/{id}/enrol", this::enrol);
  }

  private Response enrol(Request r) throws Exception {
    EnrolmentService.Report report = enrolment.enrol(r.ticket(), r.pathParam("id"));
    JsonArrayBuilder steps = Json.array();
    report
        .steps()
        .forEach(
            s ->
                steps.add(
                    Json.object()
                        .add("step", s.name())
                        .add("ok", s.ok())
                        .add("detail", s.detail())));
    return Response.json(
        report.ok() ? 200 : 502,
        Json.object()
            .add("enrolled", report.ok())
            .add("steps", steps)
            .add("advice", report.advice())
            .build());
  }
}
