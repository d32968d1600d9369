package fi.sote.booking.adapters.in.fhir;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.adapters.in.rest.problem.Problem;

/**
 * Every error of the {@code /fhir} interface leaves as a FHIR OperationOutcome, made from the problem the one
 * error mapper of the service made, so that FHIR and REST refuse alike and for the same reasons. A business rule that
 * REST answers with 409 (a taken time, a time not open to the caller's channel, a passed deadline) is a 422 here, as
 * the Finnish Scheduling guide's booking pattern has it; the problem's code goes along as the issue's detail.
 */
public class FhirOutcomes {

    static final String PROBLEM = FhirCodes.OWN + "problem";

    /** The fields of a booking request as the Appointment names them. */
    private static final Map<String, String> FIELDS = Map.of(
            "contactMode", "Appointment.appointmentType",
            "start", "Appointment.slot",
            "resource", "Appointment.slot",
            "product", "Appointment.slot",
            "client", "Appointment.participant.actor.identifier",
            "clientPersonalIdentityCode", "Appointment.participant.actor.identifier",
            "clientLanguage", "Appointment.language",
            "referralNote", "Appointment.reasonCode.text",
            "reason", "Appointment.cancelationReason");

    /** Conflicts of the request with another request rather than with a rule: they stay 409. */
    private static final List<String> CONFLICTS = List.of("idempotency-key-in-use");

    @ServerResponseFilter
    public void asOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !FhirPaths.isFhir(request)) {
            return;
        }
        int status = problem.status() == 409 && !CONFLICTS.contains(problem.code()) ? 422 : problem.status();
        response.setStatus(status);
        response.setEntity(
                outcome(problem, status, request.getUriInfo().getPath().startsWith(FhirPaths.BASE + "/Appointment")),
                null,
                MediaType.valueOf(FhirBodies.FHIR_JSON));
    }

    /** The outcome of the problem; {@code appointment}: a request about an Appointment, whose fields it names. */
    static OperationOutcome outcome(Problem problem, int status, boolean appointment) {
        OperationOutcome outcome = new OperationOutcome();
        List<Problem.FieldError> errors =
                problem.errors() == null || problem.errors().isEmpty() ? List.of() : problem.errors();
        if (errors.isEmpty()) {
            outcome.addIssue(issue(problem, status, problem.detail() == null ? problem.title() : problem.detail()));
        }
        for (Problem.FieldError error : errors) {
            outcome.addIssue(issue(problem, status, error.field() + " " + error.message())
                    .addExpression(error.field()));
        }
        return outcome;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent issue(Problem problem, int status, String text) {
        return new OperationOutcome.OperationOutcomeIssueComponent()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(type(problem.code(), status))
                .setDetails(new CodeableConcept(new Coding(PROBLEM, problem.code(), problem.title())))
                .setDiagnostics(text);
    }

    private static IssueType type(String code, int status) {
        if ("malformed-request".equals(code)) {
            return IssueType.STRUCTURE;
        }
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            case 413, 414, 431 -> IssueType.TOOLONG;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }
}
