package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Released time: time a professional (or a supervisor for them) opens in a resource's calendar for
 * booking. Expanded into windows on the fly; nothing is stored per occurrence.
 */
public sealed interface Release permits OneOffRelease, WeeklyRelease {

    ReleaseId id();

    OrganisationId organisation();

    ResourceId resource();

    ReleaseTerms terms();

    /** The windows of released local time that start on the dates from {@code from} to {@code to}, inclusive. */
    List<LocalWindow> windows(LocalDate from, LocalDate to);

    /** How long each of its windows is (in local time for a weekly release). */
    Duration windowLength();

    /** Whether the release's validity reaches into the dates from {@code from} to {@code to} (a cheap first test). */
    boolean offersOn(LocalDate from, LocalDate to);
}
