package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.shared.Invariants;

/** Hold or book one time for a client. */
public record BookSlotCommand(SlotRequest slot, Commit commit) {

    public BookSlotCommand {
        Invariants.required("slot", slot);
        Invariants.required("commit", commit);
    }
}
