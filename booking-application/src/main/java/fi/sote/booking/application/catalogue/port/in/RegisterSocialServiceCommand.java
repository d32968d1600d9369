package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Register a social service (sosiaalipalvelu) under a service task.
 *
 * @param thlCode the code of the THL service-name list, or null
 */
public record RegisterSocialServiceCommand(
        OrganisationId organisation, String code, String thlCode, ServiceTaskId serviceTask, LocalizedText name) {

    public RegisterSocialServiceCommand {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("serviceTaskId", serviceTask);
        Invariants.required("name", name);
    }
}
