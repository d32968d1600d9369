package fi.sote.booking.application.catalogue.port.in;

/** An administrator adds a service task (palvelutehtävä) to the organisation's catalogue. */
public interface RegisterServiceTaskUseCase {

    RegisterServiceTaskResult register(RegisterServiceTaskCommand command);
}
