package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.Invariants;

/** Release one period of a resource's time for booking, on the terms given. */
public record ReleaseOnceCommand(ResourceId resource, TimeInterval interval, ReleaseTerms terms) {

    public ReleaseOnceCommand {
        Invariants.required("resourceId", resource);
        Invariants.required("start", interval);
        Invariants.required("terms", terms);
    }
}
