package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.shared.RejectionReason;

/** What became of a registration: expected outcomes are data, not exceptions. */
public sealed interface RegisterServiceTaskResult {

    record Registered(ServiceTask serviceTask) implements RegisterServiceTaskResult {
    }

    record Rejected(RejectionReason reason, String detail) implements RegisterServiceTaskResult {
    }
}
