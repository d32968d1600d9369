package fi.sote.booking.application.client;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.client.port.in.LookUpClientQuery;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecordSystem;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.Role;

/**
 * Looks clients up for staff: the client-record system first, the records it sent as the fallback when it is down
 * or not configured. Clients and integrations look nobody up here (a client knows themselves through their token).
 */
public final class LookUpClientService implements LookUpClientQuery {

    static final String OPERATION = "lookUpClient";

    private final ClientRecordSystem system;
    private final ClientRecords records;
    private final ClientIdentities identities;
    private final AuditTrail trail;

    public LookUpClientService(
            ClientRecordSystem system, ClientRecords records, ClientIdentities identities, AuditTrail trail) {
        this.system = system;
        this.records = records;
        this.identities = identities;
        this.trail = trail;
    }

    @Override
    public Outcome<FoundClient> byReference(Actor actor, String reference) {
        return look(
                actor,
                () -> system.byReference(actor.organisation(), reference),
                () -> records.find(actor.organisation(), reference));
    }

    @Override
    public Outcome<FoundClient> byCode(Actor actor, PersonalIdentityCode code) {
        return look(actor, () -> system.byCode(actor.organisation(), code), () -> received(actor, code));
    }

    /** The record received for the client with this code: linked to the code's pseudonym, or kept under it. */
    private Optional<ClientRecord> received(Actor actor, PersonalIdentityCode code) {
        return identities
                .knownReference(actor.organisation(), code)
                .flatMap(pseudonym -> records.linkedTo(actor.organisation(), pseudonym).stream()
                        .sorted()
                        .findFirst()
                        .or(() -> Optional.of(pseudonym))
                        .flatMap(reference -> records.find(actor.organisation(), reference)));
    }

    private Outcome<FoundClient> look(
            Actor actor, Supplier<Optional<ClientRecord>> asked, Supplier<Optional<ClientRecord>> fallback) {
        if (!mayLookUp(actor)) {
            return Outcome.notFound("Only staff look clients up");
        }
        Optional<FoundClient> found;
        if (!system.reachable()) {
            found = fallback.get().map(record -> new FoundClient(record, Source.RECEIVED_RECORDS, false));
        } else {
            try {
                found = asked.get().map(record -> new FoundClient(record, Source.CLIENT_RECORD_SYSTEM, false));
            } catch (ClientRecordSystem.Unavailable down) {
                found = fallback.get().map(record -> new FoundClient(record, Source.RECEIVED_RECORDS, true));
            }
        }
        if (found.isEmpty()) {
            return Outcome.notFound("No such client");
        }
        String reference = found.get().record().reference();
        trail.shown(actor, OPERATION, reference, List.of("client-record:" + reference), null);
        return Outcome.accepted(found.get());
    }

    private static boolean mayLookUp(Actor actor) {
        return actor.is(Role.COUNSELLOR) || actor.is(Role.PROFESSIONAL) || actor.is(Role.SUPERVISOR);
    }
}
