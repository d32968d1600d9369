package fi.sote.booking.application.catalogue.port.in;

import java.util.List;

import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.OpeningHours;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** Register a service point (palvelupiste) with its address and opening hours (none: not given). */
public record RegisterServicePointCommand(
        OrganisationId organisation,
        String code,
        LocalizedText name,
        Address address,
        List<OpeningHours> openingHours) {

    public RegisterServicePointCommand {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("name", name);
        Invariants.required("address", address);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }
}
