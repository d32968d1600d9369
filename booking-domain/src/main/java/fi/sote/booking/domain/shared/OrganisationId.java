package fi.sote.booking.domain.shared;

import java.util.regex.Pattern;

/**
 * The organisation (tenant) a piece of data belongs to: a wellbeing services county
 * (hyvinvointialue) or a provider acting for one. Every aggregate carries one, and no request
 * ever reaches data of another organisation.
 */
public record OrganisationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public OrganisationId {
        Invariants.matching(
                "organisation",
                value,
                FORMAT,
                "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Override
    public String toString() {
        return value;
    }
}
