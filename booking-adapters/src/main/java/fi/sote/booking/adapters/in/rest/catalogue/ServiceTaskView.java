package fi.sote.booking.adapters.in.rest.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;

@Schema(
        name = "ServiceTask",
        description = "Service task (palvelutehtävä): a group of social services that statistics "
                + "are reported by, e.g. services for families with children. FHIR: serviceCategory.")
public record ServiceTaskView(
        @Schema(description = "Identifier of the service task.")
        UUID id,

        @Schema(
                description = "The organisation (wellbeing services county) the service task belongs to.",
                examples = "kymenlaakso-demo")
        String organisation,

        @Schema(description = "Short code, unique in the organisation.", examples = "FAMILIES")
        String code,

        @Schema(description = "Name of the service task.") LocalizedTextDto name,

        @Schema(description = "When the service task was registered (ISO-8601, UTC).")
        Instant createdAt,

        @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
        long version,

        @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
        boolean retired) {}
