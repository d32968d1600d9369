package fi.sote.booking.adapters.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import fi.sote.booking.application.catalogue.RegisterServiceTaskService;
import fi.sote.booking.application.catalogue.ViewServiceTasksService;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewServiceTasksQuery;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;

/**
 * Produces the framework-free application services as beans, wiring them to the adapters that
 * implement their ports.
 */
@ApplicationScoped
class UseCaseConfiguration {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    RegisterServiceTaskUseCase registerServiceTask(ServiceTaskRepository serviceTasks, Clock clock) {
        return new RegisterServiceTaskService(serviceTasks, clock);
    }

    @Produces
    @ApplicationScoped
    ViewServiceTasksQuery viewServiceTasks(ServiceTaskRepository serviceTasks) {
        return new ViewServiceTasksService(serviceTasks);
    }
}
