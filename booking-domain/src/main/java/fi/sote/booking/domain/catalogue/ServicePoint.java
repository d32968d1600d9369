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
        List<OpeningHours> openingHours,
        long version,
        boolean retired)
        implements Kept<ServicePoint> {

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

    /** A service point as registered: version 0, not retired. */
    public ServicePoint(
            ServicePointId id,
            OrganisationId organisation,
            String code,
            LocalizedText name,
            Address address,
            List<OpeningHours> openingHours) {
        this(id, organisation, code, name, address, openingHours, 0, false);
    }

    @Override
    public String key() {
        return id.value().toString();
    }

    @Override
    public ServicePoint as(long nextVersion, boolean isRetired) {
        return new ServicePoint(id, organisation, code, name, address, openingHours, nextVersion, isRetired);
    }

    @Override
    public List<String> differences(ServicePoint next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new service point and retire this one")
                .of("name", name, next.name())
                .of("address", address, next.address())
                .of("openingHours", openingHours, next.openingHours())
                .fields();
    }
}
