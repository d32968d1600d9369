package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** The request to register a service task; valid once constructed. */
public record RegisterServiceTaskCommand(OrganisationId organisation, String code, LocalizedText name) {

    public RegisterServiceTaskCommand {
        Invariants.required("organisation", organisation);
        code = ServiceTask.normaliseCode(code);
        Invariants.required("name", name);
    }
}
