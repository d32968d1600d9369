package fi.sote.booking.adapters.out.persistence;

/**
 * How a change of the calendar (an entry, a release, an absence) is announced: an outbox event written by the very
 * statement that makes the change, so that neither is kept without the other. The event is thin: what changed, its id
 * and its calendar; whoever follows the events reads the thing itself with a token of their own.
 */
final class Outbox {

    private Outbox() {}

    /**
     * The insert that announces each row of the statement's {@code changed} part, which returns
     * {@code organisation_id, id, resource_id}.
     */
    static String announce(String changed, String aggregateType, String eventType) {
        return """
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                select organisation_id, '%s', id, '%s', jsonb_build_object('resource', resource_id), now()
                  from %s""".formatted(aggregateType, eventType, changed);
    }
}
