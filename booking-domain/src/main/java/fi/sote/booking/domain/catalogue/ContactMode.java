package fi.sote.booking.domain.catalogue;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Contact mode (asiointitapa): how client and professional meet, e.g. an office visit, a home visit,
 * a phone call or a video call. Remote modes count towards the national indicator of remote contacts.
 * FHIR: Appointment.appointmentType (code system 1.2.246.537.6.884.2015).
 *
 * @param thlCode the code of the mode in the THL code set, for integrations
 */
public record ContactMode(
        OrganisationId organisation, String code, String thlCode, LocalizedText name, boolean remote) {

    public ContactMode {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        thlCode = Invariants.optionalText("thlCode", thlCode, 40);
        Invariants.required("name", name);
    }
}
