package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ServiceTask;

/** An administrator adds a service task (palvelutehtävä) to the organisation's catalogue. */
public interface RegisterServiceTaskUseCase {

    Outcome<ServiceTask> register(RegisterServiceTaskCommand command);
}
