package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Register a contact mode (asiointitapa).
 *
 * @param thlCode the code of THL's contact mode list (1.2.246.537.6.884.2015), or null
 * @param remote whether client and professional meet without being in the same place
 */
public record RegisterContactModeCommand(
        OrganisationId organisation, String code, String thlCode, LocalizedText name, boolean remote) {

    public RegisterContactModeCommand {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("name", name);
    }
}
