package fi.sote.booking.application.catalogue;

import java.time.Clock;

import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskResult;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.shared.RejectionReason;

public final class RegisterServiceTaskService implements RegisterServiceTaskUseCase {

    private final ServiceTaskRepository serviceTasks;
    private final Clock clock;

    public RegisterServiceTaskService(ServiceTaskRepository serviceTasks, Clock clock) {
        this.serviceTasks = serviceTasks;
        this.clock = clock;
    }

    @Override
    public RegisterServiceTaskResult register(RegisterServiceTaskCommand command) {
        ServiceTask task = ServiceTask.register(command.organisation(), command.code(), command.name(), clock.instant());
        if (!serviceTasks.addIfCodeFree(task)) {
            return new RegisterServiceTaskResult.Rejected(RejectionReason.DUPLICATE_CODE,
                    "A service task with code " + task.code() + " already exists");
        }
        return new RegisterServiceTaskResult.Registered(task);
    }
}
