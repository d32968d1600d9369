package fi.sote.booking.application.safety.port.in;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.shared.LocalizedText;

/**
 * Where the team's workers are (work safety): for each, what they are doing now and next. Never whom
 * they meet: a booking shows its contact mode and place, a home visit only the postal code area, and
 * not even that for a client under non-disclosure for personal safety.
 */
public interface WhereaboutsQuery {

    /**
     * One thing in a worker's calendar as the team sees it.
     *
     * @param label the entry type's neutral label, or the contact mode's name for a booking
     * @param contactMode the booking's contact mode code, or null for an entry
     * @param visitArea the postal code of a visit at the client's, or null
     */
    record Item(
            String kind,
            LocalizedText label,
            EntryCategory category,
            TimeInterval interval,
            String contactMode,
            boolean remote,
            ServicePoint servicePoint,
            String visitArea) {}

    /** @param visit the visit the worker is checked in at, or null */
    record Worker(Resource resource, Item current, Item next, Visit visit) {}

    Outcome<List<Worker>> whereabouts(Actor actor, String team, Instant at);
}
