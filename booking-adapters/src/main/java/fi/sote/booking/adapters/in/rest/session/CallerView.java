package fi.sote.booking.adapters.in.rest.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Caller", description = "Who the service takes the caller to be, from the verified bearer token.")
public record CallerView(
        @Schema(description = "The token's subject.") String subject,

        @Schema(description = "The caller's organisation (tenant).", examples = "kymenlaakso-demo")
        String organisation,

        @Schema(description = "The caller's roles, sorted.", examples = "[\"professional\"]")
        List<String> roles,

        @Schema(
                description =
                        "How the service verifies tokens: oidc (an OIDC provider) or local (its own key, for trying "
                                + "the service out).",
                enumeration = {"oidc", "local"})
        String securityMode,

        @Schema(
                description = "To a client: the children in their custody, as the client-record system told the "
                        + "service, and what the client may do for each in client self-service.",
                nullable = true)
        List<Dependant> dependants) {

    @Schema(name = "Dependant", description = "A child in the caller's custody.")
    public record Dependant(
            @Schema(description = "The child's client reference: name it as client in bookings and lists.")
            String client,

            @Schema(description = "The child's name, when the client-record system sent one.", nullable = true)
            String name,

            @Schema(
                    description = "What the guardian may do for the child in client self-service.",
                    examples = "[\"BOOK\", \"CANCEL\", \"READ\", \"RESCHEDULE\"]")
            List<String> may) {}
}
