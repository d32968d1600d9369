package fi.sote.booking.application.client;

import fi.sote.booking.application.client.port.in.RecordClientCommand;
import fi.sote.booking.application.client.port.in.RecordClientUseCase;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.shared.Actor;

public final class RecordClientService implements RecordClientUseCase {

    private final ClientRecords records;
    private final ClientIdentities identities;

    public RecordClientService(ClientRecords records, ClientIdentities identities) {
        this.records = records;
        this.identities = identities;
    }

    @Override
    public void record(Actor actor, RecordClientCommand command) {
        records.save(
                actor.organisation(),
                command.record(),
                command.code() == null ? null : identities.pseudonym(actor.organisation(), command.code()));
    }
}
