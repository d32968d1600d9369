package fi.sote.booking.application.client.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.client.ClientRecord;

/** The client-record system tells the service what it knows of a client (contact, turvakielto, custody). */
public interface RecordClientUseCase {

    void record(Actor actor, ClientRecord record);
}
