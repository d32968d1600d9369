package fi.sote.booking.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.calendar.ReleaseTimeService;
import fi.sote.booking.application.calendar.SearchSlotsService;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.ReleaseOnceCommand;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceCommand;
import fi.sote.booking.application.fakes.InMemoryServiceTaskRepository;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Changing and retiring the catalogue's items besides the products: what each may name, and what it must outlive. */
class MaintainCatalogueTests {

    private final World world = new World();
    private final InMemoryServiceTaskRepository serviceTasks = new InMemoryServiceTaskRepository(world.catalogue);
    private final MaintainCatalogueService maintain =
            new MaintainCatalogueService(world.catalogue, serviceTasks, world.bookings, world.clock);
    private final ViewCatalogueService view = new ViewCatalogueService(serviceTasks, world.catalogue);
    private final Actor administrator = world.as("anna-admin", Role.ADMINISTRATOR);

    private static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    private static String field(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.field() : null;
    }

    private RegisterSocialServiceCommand familyCounsellingAs(String thlCode, ServiceTask task) {
        SocialService service = world.familyCounselling;
        return new RegisterSocialServiceCommand(world.organisation, service.code(), thlCode, task.id(), service.name());
    }

    private RegisterResourceCommand pekkaAt(Set<ServicePoint> points, String subject) {
        Resource pekka = world.pekka;
        return new RegisterResourceCommand(
                world.organisation,
                pekka.kind(),
                pekka.name(),
                "sosiaaliohjaaja",
                subject,
                pekka.socialServices(),
                pekka.languages(),
                points.stream().map(ServicePoint::id).collect(Collectors.toSet()),
                pekka.team(),
                pekka.supervisorSubject());
    }

    private ServiceTask task(String code) {
        ServiceTask task = ServiceTask.register(world.organisation, code, LocalizedText.finnish(code), World.NOW);
        serviceTasks.addIfCodeFree(task);
        return task;
    }

    private ServicePoint place(String code) {
        ServicePoint point = new ServicePoint(
                ServicePointId.random(),
                world.organisation,
                code,
                LocalizedText.finnish(code),
                world.kotka.address(),
                List.of());
        world.catalogue.add(point);
        return point;
    }

    @Test
    void aChangeOverTheVersionReadIsRecordedWithItsFieldsAndOneFromAnOlderReadingIsStale() {
        ServiceTask families = task("FAMILIES");

        SocialService changed = accepted(maintain.changeSocialService(
                administrator, world.familyCounselling.id(), 0L, familyCounsellingAs("ps-042", families)));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.thlCode()).isEqualTo("ps-042");
        assertThat(world.catalogue.socialService(world.organisation, world.familyCounselling.id()))
                .contains(changed);
        assertThat(reason(maintain.changeSocialService(
                        administrator, world.familyCounselling.id(), 0L, familyCounsellingAs("ps-043", families))))
                .isEqualTo(RejectionReason.STALE_VERSION);
        // the same again changes nothing
        assertThat(accepted(maintain.changeSocialService(
                                administrator,
                                world.familyCounselling.id(),
                                1L,
                                familyCounsellingAs("ps-042", families)))
                        .version())
                .isEqualTo(1);
        assertThat(view.changes(
                        world.organisation,
                        "social-services",
                        world.familyCounselling.id().value().toString()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.kind()).isEqualTo(CatalogueChange.Kind.CHANGED);
                    assertThat(record.by()).isEqualTo("anna-admin");
                    assertThat(record.at()).isEqualTo(World.NOW);
                    assertThat(record.version()).isEqualTo(1);
                    assertThat(record.fields()).containsExactly("thlCode", "serviceTaskId");
                });
    }

    @Test
    void aCodeIsKeptForLifeAndAResourceItsKind() {
        ServiceTask families = task("FAMILIES");

        assertThatThrownBy(() -> maintain.changeServiceTask(
                        administrator,
                        families.id(),
                        null,
                        new RegisterServiceTaskCommand(
                                world.organisation, "CHILDREN", LocalizedText.finnish("Lapset"))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> maintain.changeResource(
                        administrator,
                        world.pekka.id(),
                        null,
                        new RegisterResourceCommand(
                                world.organisation,
                                ResourceKind.ROOM,
                                "Pekka",
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                Set.of(world.kotka.id()),
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        ServiceTask renamed = accepted(maintain.changeServiceTask(
                administrator,
                families.id(),
                0L,
                new RegisterServiceTaskCommand(world.organisation, "families", LocalizedText.finnish("Perheet"))));
        assertThat(renamed.name()).isEqualTo(LocalizedText.finnish("Perheet"));
        assertThat(renamed.createdAt()).isEqualTo(families.createdAt());
    }

    @Test
    void anItemIsNotRetiredWhileWhatIsInUseDependsOnItAndOnceRetiredNothingNewNamesIt() {
        ServiceTask families = task("FAMILIES");
        ServiceTask spare = task("SPARE");
        world.catalogue.add(new SocialService(
                SocialServiceId.random(),
                world.organisation,
                "NEW_SERVICE",
                null,
                families.id(),
                LocalizedText.finnish("Uusi")));

        Outcome<ServiceTask> refused = maintain.retireServiceTask(administrator, families.id(), null);
        assertThat(reason(refused)).isEqualTo(RejectionReason.IN_USE);
        assertThat(((Outcome.Rejected<?>) refused).detail()).contains("NEW_SERVICE");
        assertThat(reason(maintain.retireSocialService(administrator, world.familyCounselling.id(), null)))
                .isEqualTo(RejectionReason.IN_USE);
        assertThat(reason(maintain.retireContactMode(administrator, "office", null)))
                .isEqualTo(RejectionReason.IN_USE);
        assertThat(reason(maintain.retireServicePoint(administrator, world.kotka.id(), null)))
                .isEqualTo(RejectionReason.IN_USE);

        ServiceTask retired = accepted(maintain.retireServiceTask(administrator, spare.id(), 0L));
        assertThat(retired.retired()).isTrue();
        Outcome<SocialService> underRetired = maintain.changeSocialService(
                administrator, world.familyCounselling.id(), null, familyCounsellingAs(null, spare));
        assertThat(reason(underRetired)).isEqualTo(RejectionReason.RETIRED);
        assertThat(field(underRetired)).isEqualTo("serviceTaskId");
        assertThat(reason(maintain.changeServiceTask(
                        administrator,
                        spare.id(),
                        null,
                        new RegisterServiceTaskCommand(world.organisation, "SPARE", LocalizedText.finnish("x")))))
                .isEqualTo(RejectionReason.RETIRED);
        // retiring again without a version answers it as it is; with one, it is refused as retired
        assertThat(accepted(maintain.retireServiceTask(administrator, spare.id(), null)))
                .isEqualTo(retired);
        assertThat(reason(maintain.retireServiceTask(administrator, spare.id(), 1L)))
                .isEqualTo(RejectionReason.RETIRED);
    }

    @Test
    void aResourceMayKeepAServicePointRetiredSinceButNotMoveToOne() {
        ServicePoint kouvola = place("KOUVOLA");
        ServicePoint hamina = place("HAMINA");
        accepted(maintain.changeResource(
                administrator, world.pekka.id(), null, pekkaAt(Set.of(world.kotka, kouvola), "pekka")));
        accepted(maintain.changeResource(administrator, world.liisa.id(), null, liisaAt(Set.of(world.kotka))));
        // Kouvola is still Pekka's: not retired while he works there
        assertThat(reason(maintain.retireServicePoint(administrator, kouvola.id(), null)))
                .isEqualTo(RejectionReason.IN_USE);
        accepted(maintain.retireServicePoint(administrator, hamina.id(), null));

        Outcome<Resource> toRetired = maintain.changeResource(
                administrator, world.pekka.id(), null, pekkaAt(Set.of(world.kotka, hamina), "pekka"));
        assertThat(reason(toRetired)).isEqualTo(RejectionReason.RETIRED);
        assertThat(field(toRetired)).isEqualTo("servicePointIds");
        Outcome<Resource> anothersSubject =
                maintain.changeResource(administrator, world.pekka.id(), null, pekkaAt(Set.of(world.kotka), "liisa"));
        assertThat(reason(anothersSubject)).isEqualTo(RejectionReason.DUPLICATE_CODE);
        assertThat(field(anothersSubject)).isEqualTo("subject");
        Resource changed = accepted(
                maintain.changeResource(administrator, world.pekka.id(), null, pekkaAt(Set.of(world.kotka), "pekka")));
        assertThat(changed.servicePoints()).containsExactly(world.kotka.id());
        assertThat(changed.title()).isEqualTo("sosiaaliohjaaja");
        assertThat(view.changes(
                        world.organisation,
                        "resources",
                        world.pekka.id().value().toString()))
                .extracting(CatalogueChange::fields)
                .containsExactly(List.of("title", "servicePointIds"), List.of("servicePointIds"));
    }

    private RegisterResourceCommand liisaAt(Set<ServicePoint> points) {
        Resource liisa = world.liisa;
        return new RegisterResourceCommand(
                world.organisation,
                liisa.kind(),
                liisa.name(),
                liisa.title(),
                liisa.subject(),
                liisa.socialServices(),
                liisa.languages(),
                points.stream().map(ServicePoint::id).collect(Collectors.toSet()),
                liisa.team(),
                liisa.supervisorSubject());
    }

    @Test
    void aResourceWithBookingsToComeIsNotRetiredAndOnceRetiredItsTimeIsNeitherOfferedNorBookedNorReleased() {
        Booking booked = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "C-1"));

        Outcome<Resource> refused = maintain.retireResource(administrator, world.pekka.id(), null);
        assertThat(reason(refused)).isEqualTo(RejectionReason.IN_USE);
        assertThat(((Outcome.Rejected<?>) refused).detail()).contains("1 booking(s) to come");

        accepted(world.cancel.cancel(
                world.counsellor(),
                new CancelBookingCommand(booked.id(), null, ChangeReason.NO_LONGER_NEEDED, ChangeScope.THIS)));
        assertThat(offered()).isNotEmpty();
        Resource retired = accepted(maintain.retireResource(administrator, world.pekka.id(), 0L));

        assertThat(retired.retired()).isTrue();
        assertThat(offered()).isEmpty();
        Outcome<Booking> booking = world.bookSlot.book(
                world.counsellor(),
                new BookSlotCommand(
                        World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "C-2"), Commit.WITH_CALLER));
        assertThat(reason(booking)).isEqualTo(RejectionReason.RETIRED);
        assertThat(field(booking)).isEqualTo("resourceId");
        assertThat(reason(new ReleaseTimeService(world.catalogue, world.calendar)
                        .release(
                                administrator,
                                new ReleaseOnceCommand(
                                        world.pekka.id(),
                                        new TimeInterval(World.at(1, "09:00"), World.at(1, "12:00")),
                                        new ReleaseTerms(
                                                Set.of(world.firstVisit.id()),
                                                Set.of(Channel.COUNSELLING),
                                                Set.of(),
                                                null)))))
                .isEqualTo(RejectionReason.RETIRED);
    }

    @Test
    void noEntryOrAbsenceIsMadeOfARetiredEntryTypeWhileEntriesMadeOfItKeepIt() {
        var entry = accepted(world.entries.add(
                        world.professional(world.pekka),
                        new AddCalendarEntryCommand(
                                world.pekka.id(),
                                "DOCUMENTATION",
                                new TimeInterval(World.at(2, "13:00"), World.at(2, "14:00")),
                                null,
                                false)))
                .entry();
        CalendarEntryType retired = accepted(maintain.retireEntryType(administrator, "documentation", null));
        assertThat(retired.retired()).isTrue();

        Outcome<?> another = world.entries.add(
                world.professional(world.pekka),
                new AddCalendarEntryCommand(
                        world.pekka.id(),
                        "DOCUMENTATION",
                        new TimeInterval(World.at(3, "13:00"), World.at(3, "14:00")),
                        null,
                        false));
        assertThat(reason(another)).isEqualTo(RejectionReason.RETIRED);
        assertThat(field(another)).isEqualTo("entryType");
        // the entry made keeps its type, and may still be moved
        accepted(world.entries.change(
                world.professional(world.pekka),
                new ChangeCalendarEntryCommand(
                        entry.id(),
                        null,
                        "DOCUMENTATION",
                        new TimeInterval(World.at(2, "14:00"), World.at(2, "15:00")),
                        null,
                        false)));

        CalendarEntryType relabelled = accepted(maintain.changeEntryType(
                administrator,
                "HOME_VISIT",
                0L,
                new RegisterCalendarEntryTypeCommand(
                        world.organisation,
                        "HOME_VISIT",
                        EntryCategory.CLIENT_WORK,
                        true,
                        LocalizedText.finnish("Kotikäynti"),
                        LocalizedText.finnish("Poissa toimistolta"))));
        assertThat(relabelled.neutralLabel()).isEqualTo(LocalizedText.finnish("Poissa toimistolta"));
        ContactMode renamed = accepted(maintain.changeContactMode(
                administrator,
                "PHONE",
                null,
                new RegisterContactModeCommand(
                        world.organisation, "PHONE", "2", LocalizedText.finnish("Puhelinasiointi"), true)));
        assertThat(renamed.thlCode()).isEqualTo("2");
        assertThat(view.changes(world.organisation, "contact-modes", null))
                .extracting(CatalogueChange::key)
                .containsExactly("PHONE");
    }

    private List<Instant> offered() {
        SearchSlotsService search = new SearchSlotsService(world.catalogue, world.calendar, world.clock);
        return accepted(search.search(new SlotSearch(
                        world.organisation,
                        EnumSet.of(Channel.COUNSELLING),
                        null,
                        world.firstVisit.id(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        World.at(0, "00:00"),
                        World.at(7, "00:00"),
                        10,
                        null)))
                .items()
                .stream()
                .map(slot -> slot.slot().interval().start())
                .toList();
    }
}
