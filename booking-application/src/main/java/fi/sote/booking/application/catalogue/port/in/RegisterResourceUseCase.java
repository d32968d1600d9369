package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.Resource;

/** An administrator adds a resource (resurssi) to the organisation's catalogue. */
public interface RegisterResourceUseCase {

    Outcome<Resource> register(RegisterResourceCommand command);
}
