package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.SocialService;

/** An administrator adds a social service (sosiaalipalvelu) to the organisation's catalogue. */
public interface RegisterSocialServiceUseCase {

    Outcome<SocialService> register(RegisterSocialServiceCommand command);
}
