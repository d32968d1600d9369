package fi.sote.booking.adapters.out.persistence;

import java.io.Serializable;
import java.util.Objects;

/** The key of catalogue rows named by their code within an organisation (contact modes, calendar entry types). */
class OrganisationCode implements Serializable {

    private static final long serialVersionUID = 1L;

    String organisationId;
    String code;

    OrganisationCode() {}

    OrganisationCode(String organisationId, String code) {
        this.organisationId = organisationId;
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationCode key
                && Objects.equals(organisationId, key.organisationId)
                && Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, code);
    }
}
