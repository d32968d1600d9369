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
        String securityMode) {}
