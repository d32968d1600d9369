package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceTaskList", description = "The service tasks of the caller's organisation, ordered by code.")
public record ServiceTaskList(
        @Schema(description = "The service tasks.") List<ServiceTaskView> items) {}
