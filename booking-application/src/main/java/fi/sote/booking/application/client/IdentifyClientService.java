package fi.sote.booking.application.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.client.port.in.IdentifyClientQuery;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

public final class IdentifyClientService implements IdentifyClientQuery {

    private final ClientIdentities identities;
    private final ClientRecords records;
    private final AuditTrail trail;

    public IdentifyClientService(ClientIdentities identities, ClientRecords records, AuditTrail trail) {
        this.identities = identities;
        this.records = records;
        this.trail = trail;
    }

    @Override
    public List<String> selves(OrganisationId organisation, String subject, PersonalIdentityCode code) {
        if (code == null) {
            return List.of(subject);
        }
        String pseudonym = identities.pseudonym(organisation, code);
        List<String> selves = new ArrayList<>(List.of(pseudonym, subject));
        selves.addAll(records.linkedTo(organisation, pseudonym));
        return selves;
    }

    @Override
    public List<Dependant> dependants(Actor actor) {
        if (!actor.is(Role.CLIENT)) {
            return List.of();
        }
        List<Dependant> dependants = records.inCustodyOf(actor.organisation(), actor.selves()).stream()
                .map(record -> new Dependant(record.reference(), record.name()))
                .sorted(Comparator.comparing(Dependant::reference))
                .toList();
        trail.shown(
                actor,
                "getCaller",
                dependants,
                dependant -> true,
                Dependant::reference,
                dependant -> "client-record:" + dependant.reference());
        return dependants;
    }
}
