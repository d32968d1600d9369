package fi.sote.booking.domain.catalogue;

import java.util.List;

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
        OrganisationId organisation,
        String code,
        String thlCode,
        LocalizedText name,
        boolean remote,
        long version,
        boolean retired)
        implements Kept<ContactMode> {

    public ContactMode {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        thlCode = Invariants.optionalText("thlCode", thlCode, 40);
        Invariants.required("name", name);
    }

    /** A contact mode as registered: version 0, not retired. */
    public ContactMode(OrganisationId organisation, String code, String thlCode, LocalizedText name, boolean remote) {
        this(organisation, code, thlCode, name, remote, 0, false);
    }

    /** A contact mode has no id besides its code. */
    @Override
    public String key() {
        return code;
    }

    @Override
    public ContactMode as(long nextVersion, boolean isRetired) {
        return new ContactMode(organisation, code, thlCode, name, remote, nextVersion, isRetired);
    }

    @Override
    public List<String> differences(ContactMode next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new contact mode and retire this one")
                .of("thlCode", thlCode, next.thlCode())
                .of("name", name, next.name())
                .of("remote", remote, next.remote())
                .fields();
    }
}
