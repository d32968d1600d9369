package fi.sote.booking.domain.calendar;

import fi.sote.booking.domain.catalogue.ResourceId;

/** Time when a resource cannot take a booking: a blocking calendar entry (and, later, a booking). */
public record BusyTime(ResourceId resource, TimeInterval interval) {
}
