package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ContactMode;

/** An administrator adds a contact mode (asiointitapa) to the organisation's catalogue. */
public interface RegisterContactModeUseCase {

    Outcome<ContactMode> register(RegisterContactModeCommand command);
}
