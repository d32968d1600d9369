package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ServicePoint;

/** An administrator adds a service point (palvelupiste) to the organisation's catalogue. */
public interface RegisterServicePointUseCase {

    Outcome<ServicePoint> register(RegisterServicePointCommand command);
}
