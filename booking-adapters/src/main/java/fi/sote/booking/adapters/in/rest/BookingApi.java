package fi.sote.booking.adapters.in.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.problem.Problem;

/** The REST API as a whole: what the OpenAPI contract says about itself. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Social welfare appointment booking (sosiaalipalvelujen ajanvaraus)",
                        version = "1.0.0",
                        description =
                                "Appointment booking for Finnish social welfare services: professionals' calendars, booking "
                                        + "first contact times from client counselling (asiakasneuvonta), clients' own electronic booking, "
                                        + "reorganisation of absences, work safety and statistics. Names follow the THL concepts for "
                                        + "appointment services, with the Finnish term beside the English one, and map to HL7 Finland's "
                                        + "Finnish Scheduling FHIR guide. Every request acts for one organisation, taken from the bearer "
                                        + "token; errors are RFC 9457 problem details (application/problem+json).",
                        contact = @Contact(name = "Booking service team")),
        servers = @Server(url = "/", description = "The service itself"),
        tags = {
            @Tag(
                    name = "Catalogue",
                    description = "The organisation's service catalogue: service tasks (palvelutehtävä), "
                            + "social services (sosiaalipalvelu), service points (palvelupiste), resources (resurssi), bookable "
                            + "products (varaustuote)."),
            @Tag(
                    name = "Calendars",
                    description = "Professionals' calendars (kalenteri): entries of the uniform entry "
                            + "types (toiminto) and released time, once or by weekly templates."),
            @Tag(
                    name = "Slots",
                    description = "Free times (vapaat ajat) across professionals, for counselling, clients "
                            + "and integrations alike."),
            @Tag(name = "Session", description = "The caller as the service sees them."),
            @Tag(
                    name = "Events",
                    description = "The change feed: the organisation's events for integrations that poll, the "
                            + "same events webhooks send.")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class BookingApi extends Application {}
