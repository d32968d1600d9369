package fi.sote.booking.domain.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Bookable product (varaustuote): what a client, a counsellor or a professional books, e.g. "first
 * meeting with family counselling, 60 min, office or video". Capacity 1 is an individual time,
 * more a group time (ryhmäajanvaraus).
 *
 * @param reminderBefore how long before the time the client is reminded of it, or null for no reminder
 * @param textNamesService whether a text message may name the product; by default it does not, since a phone's
 *     messages may be read by others and the name of a service (child protection, say) tells of the client's situation
 * @param roomNeededFor the contact modes in which the time also takes a room (a meeting room at the service point):
 *     booking such a time books a professional and a room together
 * @param version counts the product's changes, from 0 when registered: its ETag
 * @param retired whether it was retired: no longer booked or offered, and kept for the bookings made of it
 * @param channelsFrom the first day (in Finland) on which a channel of the product is open for booking, for those
 *     channels not open at once: client self-service turned on for a service from a given date, say
 */
public record BookableProduct(
        BookableProductId id,
        OrganisationId organisation,
        String code,
        SocialServiceId socialService,
        LocalizedText name,
        Duration duration,
        Set<String> contactModes,
        int capacity,
        Set<Channel> channels,
        SelfServiceRules selfService,
        Duration bufferBefore,
        Duration bufferAfter,
        GuidanceText guidance,
        Duration reminderBefore,
        boolean textNamesService,
        Set<String> roomNeededFor,
        long version,
        boolean retired,
        Map<Channel, LocalDate> channelsFrom)
        implements Kept<BookableProduct> {

    public static final Duration SHORTEST = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(8);
    public static final Duration LONGEST_BUFFER = Duration.ofHours(2);
    public static final Duration SHORTEST_REMINDER = Duration.ofMinutes(15);
    public static final Duration LONGEST_REMINDER = Duration.ofDays(14);

    public BookableProduct {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("socialService", socialService);
        Invariants.required("name", name);
        Invariants.required("duration", duration);
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0 || duration.toSecondsPart() != 0) {
            throw new InvalidValueException("durationMinutes", "must be whole minutes from 5 to 480");
        }
        contactModes = Invariants.nonEmpty("contactModes", contactModes);
        capacity = Invariants.between("capacity", capacity, 1, 500);
        channels = Invariants.nonEmpty("channels", channels);
        Invariants.required("selfService", selfService);
        bufferBefore = buffer("bufferBeforeMinutes", bufferBefore);
        bufferAfter = buffer("bufferAfterMinutes", bufferAfter);
        Invariants.required("guidance", guidance);
        if (reminderBefore != null
                && (reminderBefore.compareTo(SHORTEST_REMINDER) < 0
                        || reminderBefore.compareTo(LONGEST_REMINDER) > 0
                        || reminderBefore.toSecondsPart() != 0)) {
            throw new InvalidValueException(
                    "reminderBeforeMinutes", "must be whole minutes from 15 to 20160 (14 days), or left out");
        }
        roomNeededFor = roomNeededFor == null ? Set.of() : Set.copyOf(roomNeededFor);
        for (String mode : roomNeededFor) {
            if (!contactModes.contains(mode)) {
                throw new InvalidValueException(
                        "roomNeededFor", "must name contact modes of the product; " + mode + " is not one");
            }
        }
        channelsFrom = channelsFrom == null ? Map.of() : Map.copyOf(channelsFrom);
        for (Channel channel : channelsFrom.keySet()) {
            if (!channels.contains(channel)) {
                throw new InvalidValueException(
                        "channelsFrom", "must name channels of the product; " + channel + " is not one");
            }
        }
    }

    /** A product whose channels are all open at once. */
    public BookableProduct(
            BookableProductId id,
            OrganisationId organisation,
            String code,
            SocialServiceId socialService,
            LocalizedText name,
            Duration duration,
            Set<String> contactModes,
            int capacity,
            Set<Channel> channels,
            SelfServiceRules selfService,
            Duration bufferBefore,
            Duration bufferAfter,
            GuidanceText guidance,
            Duration reminderBefore,
            boolean textNamesService,
            Set<String> roomNeededFor,
            long version,
            boolean retired) {
        this(
                id,
                organisation,
                code,
                socialService,
                name,
                duration,
                contactModes,
                capacity,
                channels,
                selfService,
                bufferBefore,
                bufferAfter,
                guidance,
                reminderBefore,
                textNamesService,
                roomNeededFor,
                version,
                retired,
                Map.of());
    }

    /** Whether the product is booked through {@code channel} on {@code day} (in Finland). */
    public boolean openThrough(Channel channel, LocalDate day) {
        LocalDate from = channelsFrom.get(channel);
        return channels.contains(channel) && (from == null || !day.isBefore(from));
    }

    /** The channels the product is booked through at {@code now}. */
    public Set<Channel> channelsOpenAt(Instant now) {
        if (channelsFrom.isEmpty()) {
            return channels;
        }
        LocalDate today = now.atZone(BookingTime.ZONE).toLocalDate();
        Set<Channel> open = EnumSet.noneOf(Channel.class);
        for (Channel channel : channels) {
            if (openThrough(channel, today)) {
                open.add(channel);
            }
        }
        return open;
    }

    /** A product as registered: version 0, not retired. */
    public BookableProduct(
            BookableProductId id,
            OrganisationId organisation,
            String code,
            SocialServiceId socialService,
            LocalizedText name,
            Duration duration,
            Set<String> contactModes,
            int capacity,
            Set<Channel> channels,
            SelfServiceRules selfService,
            Duration bufferBefore,
            Duration bufferAfter,
            GuidanceText guidance,
            Duration reminderBefore,
            boolean textNamesService,
            Set<String> roomNeededFor) {
        this(
                id,
                organisation,
                code,
                socialService,
                name,
                duration,
                contactModes,
                capacity,
                channels,
                selfService,
                bufferBefore,
                bufferAfter,
                guidance,
                reminderBefore,
                textNamesService,
                roomNeededFor,
                0,
                false);
    }

    /** A product that needs no room. */
    public BookableProduct(
            BookableProductId id,
            OrganisationId organisation,
            String code,
            SocialServiceId socialService,
            LocalizedText name,
            Duration duration,
            Set<String> contactModes,
            int capacity,
            Set<Channel> channels,
            SelfServiceRules selfService,
            Duration bufferBefore,
            Duration bufferAfter,
            GuidanceText guidance,
            Duration reminderBefore,
            boolean textNamesService) {
        this(
                id,
                organisation,
                code,
                socialService,
                name,
                duration,
                contactModes,
                capacity,
                channels,
                selfService,
                bufferBefore,
                bufferAfter,
                guidance,
                reminderBefore,
                textNamesService,
                Set.of());
    }

    /** A product without a reminder, whose text messages do not name it. */
    public BookableProduct(
            BookableProductId id,
            OrganisationId organisation,
            String code,
            SocialServiceId socialService,
            LocalizedText name,
            Duration duration,
            Set<String> contactModes,
            int capacity,
            Set<Channel> channels,
            SelfServiceRules selfService,
            Duration bufferBefore,
            Duration bufferAfter,
            GuidanceText guidance) {
        this(
                id,
                organisation,
                code,
                socialService,
                name,
                duration,
                contactModes,
                capacity,
                channels,
                selfService,
                bufferBefore,
                bufferAfter,
                guidance,
                null,
                false,
                Set.of());
    }

    public boolean isGroup() {
        return capacity > 1;
    }

    @Override
    public String key() {
        return id.value().toString();
    }

    /** The fields that differ, as the request names them; a product keeps its code. */
    @Override
    public List<String> differences(BookableProduct next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new product and retire this one")
                .of("socialServiceId", socialService, next.socialService())
                .of("name", name, next.name())
                .of("durationMinutes", duration, next.duration())
                .of("contactModes", contactModes, next.contactModes())
                .of("capacity", capacity, next.capacity())
                .of("channels", channels, next.channels())
                .of("channelsFrom", channelsFrom, next.channelsFrom())
                .of("selfService", selfService, next.selfService())
                .of("bufferBeforeMinutes", bufferBefore, next.bufferBefore())
                .of("bufferAfterMinutes", bufferAfter, next.bufferAfter())
                .of("guidance", guidance, next.guidance())
                .of("reminderBeforeMinutes", reminderBefore, next.reminderBefore())
                .of("textNamesService", textNamesService, next.textNamesService())
                .of("roomNeededFor", roomNeededFor, next.roomNeededFor())
                .fields();
    }

    @Override
    public BookableProduct as(long nextVersion, boolean isRetired) {
        return new BookableProduct(
                id,
                organisation,
                code,
                socialService,
                name,
                duration,
                contactModes,
                capacity,
                channels,
                selfService,
                bufferBefore,
                bufferAfter,
                guidance,
                reminderBefore,
                textNamesService,
                roomNeededFor,
                nextVersion,
                isRetired,
                channelsFrom);
    }

    /** Whether a time of the product met in {@code contactMode} takes a room besides the professional. */
    public boolean needsRoomFor(String contactMode) {
        return roomNeededFor.contains(contactMode);
    }

    private static Duration buffer(String field, Duration buffer) {
        if (buffer == null) {
            return Duration.ZERO;
        }
        if (buffer.isNegative() || buffer.compareTo(LONGEST_BUFFER) > 0) {
            throw new InvalidValueException(field, "must be from 0 to 120 minutes");
        }
        return buffer;
    }

    /**
     * The contact mode a booking of the product is given as: the one {@code requested}, which must be one of the
     * product's; or, requesting none, the product's only one (required when it has several).
     */
    public String contactMode(String requested) {
        if (requested == null) {
            if (contactModes.size() != 1) {
                throw new InvalidValueException(
                        "contactMode",
                        "is required: the product is given as " + String.join(", ", new TreeSet<>(contactModes)));
            }
            return contactModes.iterator().next();
        }
        if (!contactModes.contains(requested)) {
            throw new InvalidValueException(
                    "contactMode", "must be one the product allows: " + String.join(", ", new TreeSet<>(contactModes)));
        }
        return requested;
    }
}
