package fi.sote.booking.application.calendar;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.ReleaseOnceCommand;
import fi.sote.booking.application.calendar.port.in.ReleaseTimeUseCase;
import fi.sote.booking.application.calendar.port.in.ReleaseWeeklyCommand;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.References;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.OneOffRelease;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.SlotGrid;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.RejectionReason;

public final class ReleaseTimeService implements ReleaseTimeUseCase {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final CalendarAccess access;

    public ReleaseTimeService(CatalogueRepository catalogue, CalendarRepository calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
    }

    @Override
    public Outcome<Release> release(Actor actor, ReleaseOnceCommand command) {
        return release(
                actor,
                new OneOffRelease(
                        ReleaseId.random(),
                        actor.organisation(),
                        command.resource(),
                        command.interval(),
                        command.terms()));
    }

    @Override
    public Outcome<Release> release(Actor actor, ReleaseWeeklyCommand command) {
        return release(
                actor,
                new WeeklyRelease(
                        ReleaseId.random(),
                        actor.organisation(),
                        command.resource(),
                        command.weekdays(),
                        command.startTime(),
                        command.endTime(),
                        command.validFrom(),
                        command.validUntil(),
                        command.skippedDates(),
                        command.includeHolidays(),
                        command.terms()));
    }

    private Outcome<Release> release(Actor actor, Release release) {
        Optional<Outcome<Release>> refusal = access.refusal(actor, release.resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        List<BookableProductId> unknown =
                catalogue.unknownProducts(actor.organisation(), release.terms().products());
        if (!unknown.isEmpty()) {
            return Outcome.unknown(
                    "products", "bookable product", unknown.get(0).value());
        }
        List<BookableProduct> products = release.terms().products().stream()
                .map(id -> catalogue.product(actor.organisation(), id))
                .flatMap(Optional::stream)
                .toList();
        Optional<BookableProduct> retired =
                products.stream().filter(BookableProduct::retired).findFirst();
        if (retired.isPresent()) {
            return Outcome.rejected(
                    RejectionReason.PRODUCT_RETIRED,
                    "products",
                    "The product " + retired.get().code() + " is retired: time is no longer released for it");
        }
        if (release.terms().servicePoint() != null) {
            Optional<Outcome<Release>> place = References.named(
                    "servicePointId",
                    "service point",
                    release.terms().servicePoint().value(),
                    catalogue.servicePoint(actor.organisation(), release.terms().servicePoint()),
                    false);
            if (place.isPresent()) {
                return place.get();
            }
        }
        if (catalogue
                .resource(actor.organisation(), release.resource())
                .filter(Resource::retired)
                .isPresent()) {
            return Outcome.retired("resourceId", "resource", release.resource().value());
        }
        Optional<BookableProduct> tooLong = products.stream()
                .filter(product -> !SlotGrid.holds(
                        release.windowLength(), product.duration(), product.bufferBefore(), product.bufferAfter()))
                .findFirst();
        if (tooLong.isPresent()) {
            BookableProduct product = tooLong.get();
            return Outcome.rejected(
                    RejectionReason.RELEASE_HOLDS_NO_SLOT,
                    release instanceof OneOffRelease ? "end" : "endTime",
                    "A window of " + release.windowLength().toMinutes() + " minutes holds no time of " + product.code()
                            + ": it takes " + product.duration().toMinutes() + " minutes with "
                            + product.bufferBefore().toMinutes() + " kept free before and "
                            + product.bufferAfter().toMinutes() + " after");
        }
        calendar.add(release);
        return Outcome.accepted(release);
    }
}
