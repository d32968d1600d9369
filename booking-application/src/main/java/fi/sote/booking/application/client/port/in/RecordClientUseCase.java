package fi.sote.booking.application.client.port.in;

import fi.sote.booking.application.shared.Actor;

/** The client-record system tells the service what it knows of a client (contact, turvakielto, custody). */
public interface RecordClientUseCase {

    void record(Actor actor, RecordClientCommand command);
}
