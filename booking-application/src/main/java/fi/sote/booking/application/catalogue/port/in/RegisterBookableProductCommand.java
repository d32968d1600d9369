package fi.sote.booking.application.catalogue.port.in;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Register a bookable product (varaustuote): what is booked, for how long, how client and professional meet, for how
 * many, through which channels, when clients may book and change it themselves, the time kept free around it and the
 * guidance the client gets.
 *
 * @param bufferBefore time kept free before each time (null: none); {@code bufferAfter} after it
 * @param reminderBefore how long before the time the client is reminded (null: no reminder)
 * @param textNamesService whether a text message to the client may name the product
 * @param roomNeededFor the contact modes in which a time also takes a room (null: none)
 * @param channelsFrom the day from which a channel is open for booking, for channels not open at once (null: none)
 */
public record RegisterBookableProductCommand(
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
        Map<Channel, LocalDate> channelsFrom) {

    public RegisterBookableProductCommand {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("socialServiceId", socialService);
        Invariants.required("name", name);
        Invariants.required("durationMinutes", duration);
        contactModes = Invariants.nonEmpty(
                "contactModes",
                Invariants.required("contactModes", contactModes).stream()
                        .map(mode -> Invariants.code("contactModes", mode))
                        .collect(Collectors.toUnmodifiableSet()));
        channels = Invariants.nonEmpty("channels", channels);
        Invariants.required("selfService", selfService);
        Invariants.required("guidance", guidance);
        roomNeededFor = roomNeededFor == null
                ? Set.of()
                : roomNeededFor.stream()
                        .map(mode -> Invariants.code("roomNeededFor", mode))
                        .collect(Collectors.toUnmodifiableSet());
        channelsFrom = channelsFrom == null ? Map.of() : Map.copyOf(channelsFrom);
    }

    /** A product whose channels are open at once. */
    public RegisterBookableProductCommand(
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
                Map.of());
    }
}
