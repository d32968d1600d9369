package fi.sote.booking.adapters.in.rest.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(
                description = "Stable URI identifying the kind of problem, urn:fi-sote-booking:problem:<code>.",
                examples = "urn:fi-sote-booking:problem:validation",
                required = true)
        String type,

        @Schema(
                description = "Short, human-readable summary of the kind of problem.",
                examples = "The request is not valid",
                required = true)
        String title,

        @Schema(description = "The HTTP status code.", examples = "400", required = true)
        int status,

        @Schema(description = "Explanation specific to this occurrence of the problem.", nullable = true)
        String detail,

        @Schema(
                description = "The request path the problem occurred on.",
                examples = "/api/v1/service-tasks",
                required = true)
        String instance,

        @Schema(
                description = "Stable, machine-readable code of the problem; the last part of the type URI.",
                examples = "validation",
                required = true)
        String code,

        @Schema(
                description = "For validation problems: each offending field and what is wrong with it.",
                nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:fi-sote-booking:problem:";

    /** One invalid field of a request. */
    @Schema(name = "FieldError", description = "A field of the request that is not valid.")
    public record FieldError(
            @Schema(
                    description = "Path of the field in the request body (dots and [index]), or the parameter name.",
                    examples = "name.fi",
                    required = true)
            String field,

            @Schema(description = "What is wrong with the value.", examples = "must not be blank", required = true)
            String message) {}
}
