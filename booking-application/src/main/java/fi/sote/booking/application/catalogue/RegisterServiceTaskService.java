package fi.sote.booking.application.catalogue;

import java.time.Clock;

import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ServiceTask;

public final class RegisterServiceTaskService implements RegisterServiceTaskUseCase {

    private final ServiceTaskRepository serviceTasks;
    private final Clock clock;

    public RegisterServiceTaskService(ServiceTaskRepository serviceTasks, Clock clock) {
        this.serviceTasks = serviceTasks;
        this.clock = clock;
    }

    @Override
    public Outcome<ServiceTask> register(RegisterServiceTaskCommand command) {
        ServiceTask task =
                ServiceTask.register(command.organisation(), command.code(), command.name(), clock.instant());
        if (!serviceTasks.addIfCodeFree(task)) {
            return Outcome.duplicateCode("service task", task.code());
        }
        return Outcome.accepted(task);
    }
}
