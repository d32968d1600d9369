package fi.sote.booking.adapters.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Personal identity codes in PostgreSQL (migration V6), never in the clear: the reference is the
 * keyed hash of organisation and code, the code is encrypted with the organisation and reference as
 * its associated data (so a sealed code moved to another row does not open).
 */
@ApplicationScoped
class ClientIdentityPersistenceAdapter implements ClientIdentities {

    private final Sql sql;
    private final ClientIdentityKey key;

    ClientIdentityPersistenceAdapter(Sql sql, ClientIdentityKey key) {
        this.sql = sql;
        this.key = key;
    }

    @Override
    public String reference(OrganisationId organisation, PersonalIdentityCode code) {
        String reference = referenceOf(organisation, code);
        sql.update("""
                insert into client_identity (organisation_id, reference, code_encrypted) values (?, ?, ?)
                on conflict (organisation_id, reference) do nothing""", s -> {
            s.set(1, organisation.value());
            s.set(2, reference);
            s.set(3, key.encrypt(code.value(), context(organisation, reference)));
        });
        return reference;
    }

    @Override
    public String pseudonym(OrganisationId organisation, PersonalIdentityCode code) {
        return referenceOf(organisation, code);
    }

    @Override
    public Optional<String> knownReference(OrganisationId organisation, PersonalIdentityCode code) {
        String reference = referenceOf(organisation, code);
        return sql.one(
                "select reference from client_identity where organisation_id = ? and reference = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, reference);
                },
                row -> row.getString("reference"));
    }

    @Override
    public Optional<PersonalIdentityCode> codeOf(OrganisationId organisation, String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        return sql.one(
                "select code_encrypted from client_identity where organisation_id = ? and reference = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, reference);
                },
                row -> PersonalIdentityCode.parse(
                        "client", key.decrypt(row.getBytes("code_encrypted"), context(organisation, reference))));
    }

    private String referenceOf(OrganisationId organisation, PersonalIdentityCode code) {
        return REFERENCE_PREFIX + key.hash(organisation.value() + "\n" + code.value());
    }

    private static String context(OrganisationId organisation, String reference) {
        return organisation.value() + "\n" + reference;
    }
}
