package fi.sote.booking.adapters.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.OneOffRelease;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/** How released time is stored: one table for both kinds, and the local dates each may offer slots on. */
final class ReleaseRows {

    /** The columns every read of released time selects, besides r.*. */
    static final String COLUMNS = "r.*, lower(r.during) as starts, upper(r.during) as ends, "
            + "lower(r.validity) as valid_from, upper(r.validity) as valid_until_exclusive";

    static final String INSERT = """
            insert into released_time (id, organisation_id, resource_id, kind, during, weekdays, start_time, end_time,
                skipped_dates, include_holidays, validity, product_ids, channels, contact_modes, service_point_id)
            values (?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?, ?, ?, ?, daterange(?, ?, '[]'), ?, ?, ?, ?)""";

    private ReleaseRows() {}

    static void bind(Sql.Statement s, Release release) throws SQLException {
        s.set(1, release.id().value());
        s.set(2, release.organisation().value());
        s.set(3, release.resource().value());
        if (release instanceof OneOffRelease once) {
            s.set(4, "ONE_OFF");
            s.set(5, utc(once.interval().start()));
            s.set(6, utc(once.interval().end()));
            s.set(7, null);
            s.set(8, null);
            s.set(9, null);
            s.dates(10, Set.of());
            s.set(11, false);
            s.set(12, once.interval().start().atZone(BookingTime.ZONE).toLocalDate());
            s.set(13, once.interval().end().atZone(BookingTime.ZONE).toLocalDate());
        } else {
            WeeklyRelease weekly = (WeeklyRelease) release;
            s.set(4, "WEEKLY");
            s.set(5, null);
            s.set(6, null);
            s.integers(
                    7,
                    weekly.weekdays().stream().map(DayOfWeek::getValue).sorted().toList());
            s.set(8, weekly.startTime());
            s.set(9, weekly.endTime());
            s.dates(10, weekly.skippedDates());
            s.set(11, weekly.includeHolidays());
            s.set(12, weekly.validFrom());
            s.set(13, weekly.validUntil());
        }
        ReleaseTerms terms = release.terms();
        s.uuids(14, terms.products().stream().map(BookableProductId::value).toList());
        s.texts(15, terms.channels().stream().map(Channel::name).toList());
        s.texts(16, terms.contactModes());
        s.set(17, terms.servicePoint() == null ? null : terms.servicePoint().value());
    }

    static Release read(ResultSet row) throws SQLException {
        ReleaseId id = new ReleaseId(row.getObject("id", UUID.class));
        OrganisationId organisation = new OrganisationId(row.getString("organisation_id"));
        ResourceId resource = new ResourceId(row.getObject("resource_id", UUID.class));
        UUID servicePoint = row.getObject("service_point_id", UUID.class);
        ReleaseTerms terms = new ReleaseTerms(
                Sql.uuids(row, "product_ids").stream()
                        .map(BookableProductId::new)
                        .collect(Collectors.toSet()),
                Sql.texts(row, "channels").stream().map(Channel::valueOf).collect(Collectors.toSet()),
                Set.copyOf(Sql.texts(row, "contact_modes")),
                servicePoint == null ? null : new ServicePointId(servicePoint));
        if ("ONE_OFF".equals(row.getString("kind"))) {
            return new OneOffRelease(
                    id,
                    organisation,
                    resource,
                    new TimeInterval(
                            row.getObject("starts", OffsetDateTime.class).toInstant(),
                            row.getObject("ends", OffsetDateTime.class).toInstant()),
                    terms);
        }
        Integer[] weekdays = (Integer[]) row.getArray("weekdays").getArray();
        Date[] skipped = (Date[]) row.getArray("skipped_dates").getArray();
        return new WeeklyRelease(
                id,
                organisation,
                resource,
                Arrays.stream(weekdays).map(DayOfWeek::of).collect(Collectors.toSet()),
                row.getObject("start_time", LocalTime.class),
                row.getObject("end_time", LocalTime.class),
                row.getObject("valid_from", LocalDate.class),
                row.getObject("valid_until_exclusive", LocalDate.class).minusDays(1),
                Arrays.stream(skipped).map(Date::toLocalDate).collect(Collectors.toSet()),
                row.getBoolean("include_holidays"),
                terms);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
