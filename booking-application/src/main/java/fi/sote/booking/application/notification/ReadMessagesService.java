package fi.sote.booking.application.notification;

import java.util.List;

import fi.sote.booking.application.notification.port.in.ReadMessagesQuery;
import fi.sote.booking.application.notification.port.out.KeptMessages;
import fi.sote.booking.application.shared.Actor;

public final class ReadMessagesService implements ReadMessagesQuery {

    /** How many of the newest messages the caller is shown. */
    static final int NEWEST = 50;

    private final KeptMessages kept;

    public ReadMessagesService(KeptMessages kept) {
        this.kept = kept;
    }

    @Override
    public List<KeptMessage> mine(Actor actor) {
        return kept.to(actor.organisation(), actor.selves(), NEWEST);
    }
}
