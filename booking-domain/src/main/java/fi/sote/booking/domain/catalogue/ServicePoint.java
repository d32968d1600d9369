package fi.sote.booking.domain.catalogue;

import java.util.List;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** Service point (palvelupiste): where the service is given. FHIR: Location. */
public record ServicePoint(
        ServicePointId id,
        OrganisationId organisation,
        String code,
        LocalizedText name,
        Address address,
        List<OpeningHours> openingHours) {

    public ServicePoint {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("name", name);
        Invariants.required("address", address);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }

    /** The postal code area, by which clients and counsellors search nearby times. */
    public String area() {
        return address.postalCode();
    }
}
