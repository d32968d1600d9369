package fi.sote.booking.adapters.in.rest.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;

@Schema(name = "ServiceTaskRequest", description = "A new service task (palvelutehtävä).")
public record ServiceTaskRequest(
        @Schema(
                description =
                        "Short code, unique in the organisation; letters A-Z, digits, '_' and '-', stored upper-case.",
                examples = "FAMILIES",
                maxLength = 40,
                pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
        @NotBlank
        String code,

        @Schema(description = "Name of the service task (palvelutehtävän nimi).") @NotNull @Valid
        LocalizedTextDto name) {}
