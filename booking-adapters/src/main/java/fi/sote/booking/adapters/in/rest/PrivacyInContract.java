package fi.sote.booking.adapters.in.rest;

import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;

/**
 * What the contract says about client data: the {@value Caller#PURPOSE_HEADER} header on every operation whose
 * answer may show clients (and so writes the access log), and {@value IntegrationScopes#EXTENSION} on operations only
 * (the annotation on a method would otherwise be repeated on its responses).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PrivacyInContract implements OASFilter {

    /** The operations whose answers may identify clients, and are written to the access log when they do. */
    static final Set<String> CLIENT_DATA_SHOWN = Set.of(
            "getBooking",
            "listBookings",
            "searchClientBookings",
            "listCalendarEntries",
            "getCalendarEntry",
            "extractClientLog",
            "bookSlot",
            "holdSlot",
            "bookSeries",
            "bookTogether",
            "confirmBooking",
            "cancelBooking",
            "rescheduleBooking",
            "recordAttendance",
            "addCalendarEntry",
            "changeCalendarEntry",
            "joinWaitlist",
            "listWaitlist",
            "getWaitlistEntry",
            "withdrawFromWaitlist");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    ContractExtensions.offResponses(operation, IntegrationScopes.EXTENSION);
                    if (CLIENT_DATA_SHOWN.contains(operation.getOperationId())) {
                        addPurpose(operation);
                    }
                }));
    }

    private static void addPurpose(Operation operation) {
        operation.addParameter(OASFactory.createParameter()
                .name(Caller.PURPOSE_HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                        "Why the caller processes client data, written to the access log as the basis of processing "
                                + "(at most 200 characters); without it, the default purpose of the caller's role.")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .maxLength(200)));
    }
}
