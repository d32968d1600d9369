package fi.sote.booking.application.absence;

import java.util.Optional;

import fi.sote.booking.application.absence.port.in.AbsenceImpact;
import fi.sote.booking.application.absence.port.in.RecordAbsenceCommand;
import fi.sote.booking.application.absence.port.in.RecordAbsenceUseCase;
import fi.sote.booking.application.catalogue.References;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.RejectionReason;

public final class RecordAbsenceService implements RecordAbsenceUseCase {

    private final AbsenceImpacts impacts;

    public RecordAbsenceService(AbsenceImpacts impacts) {
        this.impacts = impacts;
    }

    @Override
    public Outcome<AbsenceImpact> record(Actor actor, RecordAbsenceCommand command) {
        var organisation = actor.organisation();
        ResourceId resourceId = command.resource();
        String entryType = command.entryType();
        Optional<Resource> resource = impacts.catalogue().resource(organisation, resourceId);
        if (resource.isEmpty()) {
            return Outcome.unknown("resourceId", "resource", resourceId);
        }
        if (!AbsenceImpacts.keeps(actor, resource.get())) {
            return Outcome.rejected(
                    RejectionReason.NOT_YOUR_CALENDAR,
                    "resourceId",
                    "A professional records their own absence, a supervisor those of their team");
        }
        Optional<CalendarEntryType> type = impacts.catalogue().entryType(organisation, entryType);
        Optional<Outcome<AbsenceImpact>> unusable =
                References.named("entryType", "calendar entry type", entryType, type, false);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        Absence absence = Absence.record(
                organisation, resourceId, type.get(), command.interval(), actor.subject(), impacts.now());
        if (!impacts.absences().add(absence)) {
            return Outcome.rejected(
                    RejectionReason.OVERLAPPING_ENTRY,
                    "start",
                    "The professional already has an absence recorded at an overlapping time");
        }
        return Outcome.accepted(impacts.impact(absence));
    }
}
