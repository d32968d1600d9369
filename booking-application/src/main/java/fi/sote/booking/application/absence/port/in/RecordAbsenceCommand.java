package fi.sote.booking.application.absence.port.in;

import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.Invariants;

/** Record a professional's absence of a type of category ABSENCE over a period. */
public record RecordAbsenceCommand(ResourceId resource, String entryType, TimeInterval interval) {

    public RecordAbsenceCommand {
        Invariants.required("resourceId", resource);
        entryType = Invariants.code("entryType", entryType);
        Invariants.required("start", interval);
    }
}
