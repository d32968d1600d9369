package fi.sote.booking.adapters.in.rest.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.ResourceKind;

/** Request and response bodies of the catalogue (administrators maintain it, everyone reads it). */
public final class CatalogueDtos {

    private CatalogueDtos() {}

    @Schema(name = "SocialServiceRequest", description = "A new social service (sosiaalipalvelu).")
    public record SocialServiceRequest(
            @Schema(description = "Short code, unique in the organisation.", examples = "FAMILY_COUNSELLING") @NotBlank
            String code,

            @Schema(
                    description =
                            "Code in the THL service-name list (palvelunimikkeistö, 1.2.246.537.6.49.201501), where one exists.")
            String thlCode,

            @Schema(description = "The service task (palvelutehtävä) the social service belongs to.") @NotNull
            UUID serviceTaskId,

            @Schema(description = "Name of the social service (palvelunimike).") @NotNull @Valid
            LocalizedTextDto name) {}

    @Schema(
            name = "SocialService",
            description = "Social service (sosiaalipalvelu; palvelunimike). FHIR: Appointment.serviceType.")
    public record SocialServiceView(
            @Schema(description = "Identifier.") UUID id,

            @Schema(description = "Short code, unique in the organisation.")
            String code,

            @Schema(description = "Code in the THL service-name list, if any.", nullable = true)
            String thlCode,

            @Schema(description = "The service task (palvelutehtävä) it belongs to.")
            UUID serviceTaskId,

            @Schema(description = "Name (palvelunimike).") LocalizedTextDto name,

            @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
            boolean retired) {}

    @Schema(name = "Address", description = "A Finnish street address.")
    public record AddressDto(
            @Schema(description = "Street address.", examples = "Keskuskatu 20") @NotBlank
            String street,

            @Schema(
                    description = "Postal code (postinumero): five digits; the area that searches filter by.",
                    examples = "48100")
            @NotBlank
            String postalCode,

            @Schema(description = "Post office (postitoimipaikka).", examples = "Kotka") @NotBlank
            String postOffice) {}

    @Schema(name = "OpeningHours", description = "Opening hours on one weekday, Finnish local time.")
    public record OpeningHoursDto(
            @Schema(description = "Weekday.") @NotNull DayOfWeek day,

            @Schema(description = "Opens at (HH:mm).", type = SchemaType.STRING, examples = "08:00") @NotNull
            LocalTime opens,

            @Schema(description = "Closes at (HH:mm).", type = SchemaType.STRING, examples = "16:00") @NotNull
            LocalTime closes) {}

    @Schema(name = "ServicePointRequest", description = "A new service point (palvelupiste).")
    public record ServicePointRequest(
            @Schema(description = "Short code, unique in the organisation.", examples = "KOTKA_CENTRE") @NotBlank
            String code,

            @Schema(description = "Name of the service point.") @NotNull @Valid
            LocalizedTextDto name,

            @Schema(description = "Street address.") @NotNull @Valid
            AddressDto address,

            @Schema(description = "Opening hours by weekday.") @Valid
            List<OpeningHoursDto> openingHours) {}

    @Schema(
            name = "ServicePoint",
            description = "Service point (palvelupiste): where the service is given. FHIR: Location.")
    public record ServicePointView(
            @Schema(description = "Identifier.") UUID id,
            @Schema(description = "Short code.") String code,
            @Schema(description = "Name.") LocalizedTextDto name,
            @Schema(description = "Street address.") AddressDto address,

            @Schema(description = "The postal code area (postinumeroalue) of the service point.")
            String area,

            @Schema(description = "Opening hours by weekday.")
            List<OpeningHoursDto> openingHours,

            @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
            boolean retired) {}

    @Schema(name = "ResourceRequest", description = "A new resource (resurssi): a professional or a room.")
    public record ResourceRequest(
            @Schema(description = "PROFESSIONAL or ROOM.") @NotNull
            ResourceKind kind,

            @Schema(description = "Name of the professional or the room.", examples = "Pekka Sosiaaliohjaaja") @NotBlank
            String name,

            @Schema(description = "Professional title (ammattinimike).", examples = "sosiaaliohjaaja")
            String title,

            @Schema(
                    description =
                            "The professional's subject in the organisation's tokens, so they can keep their own calendar.")
            String subject,

            @Schema(description = "The social services the professional works in.")
            List<UUID> socialServiceIds,

            @Schema(
                    description = "Languages the professional serves in, ISO 639-1 (fi, sv, en, ...).",
                    examples = "[\"fi\",\"sv\"]")
            List<String> languages,

            @Schema(description = "The service points the resource works at.")
            List<UUID> servicePointIds,

            @Schema(description = "Code of the team (tiimi).", examples = "FAMILY_WORK_KOTKA")
            String team,

            @Schema(description = "Subject of the team's supervisor (esihenkilö), who may keep the calendar too.")
            String supervisorSubject) {}

    @Schema(
            name = "Resource",
            description = "Resource (resurssi) whose calendar (kalenteri) holds entries, released time and "
                    + "bookings. FHIR: PractitionerRole (professional) or Location (room).")
    public record ResourceView(
            @Schema(description = "Identifier.") UUID id,
            @Schema(description = "PROFESSIONAL or ROOM.") ResourceKind kind,
            @Schema(description = "Name.") String name,

            @Schema(description = "Professional title.", nullable = true)
            String title,

            @Schema(description = "The professional's subject in the tokens.", nullable = true)
            String subject,

            @Schema(description = "Social services the professional works in.")
            List<UUID> socialServiceIds,

            @Schema(description = "Languages served in (ISO 639-1).")
            List<String> languages,

            @Schema(description = "Service points of the resource.")
            List<UUID> servicePointIds,

            @Schema(description = "Team code.", nullable = true)
            String team,

            @Schema(description = "Subject of the team's supervisor.", nullable = true)
            String supervisorSubject,

            @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
            boolean retired) {}

    @Schema(name = "ContactModeRequest", description = "A new contact mode (asiointitapa).")
    public record ContactModeRequest(
            @Schema(description = "Short code, unique in the organisation.", examples = "VIDEO") @NotBlank
            String code,

            @Schema(description = "Code of the mode in the THL code set (1.2.246.537.6.884.2015), for integrations.")
            String thlCode,

            @Schema(description = "Name of the contact mode.") @NotNull @Valid
            LocalizedTextDto name,

            @Schema(
                    description =
                            "Whether the contact is remote (phone, video, chat): counted for the remote-contact indicator.")
            @NotNull
            Boolean remote) {}

    @Schema(name = "ContactMode", description = "Contact mode (asiointitapa). FHIR: Appointment.appointmentType.")
    public record ContactModeView(
            @Schema(description = "Short code.") String code,

            @Schema(description = "Code in the THL code set.", nullable = true)
            String thlCode,

            @Schema(description = "Name.") LocalizedTextDto name,

            @Schema(description = "Whether the contact is remote.")
            boolean remote,

            @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
            boolean retired) {}

    @Schema(
            name = "SelfServiceRules",
            description = "When clients may book, cancel and reschedule the product themselves.")
    public record SelfServiceRulesDto(
            @Schema(description = "Booking closes this many minutes before the time.", examples = "1440") @NotNull
            Integer minimumNoticeMinutes,

            @Schema(description = "Times are bookable at most this many days ahead.", examples = "60") @NotNull
            Integer horizonDays,

            @Schema(
                    description = "Cancelling or rescheduling closes this many minutes before the time.",
                    examples = "1440")
            @NotNull
            Integer changeDeadlineMinutes) {}

    @Schema(
            name = "GuidanceText",
            description = "Guidance for the client (ohjeteksti), up to 2000 characters a language.")
    public record GuidanceTextDto(
            @Schema(description = "Finnish.") @NotBlank String fi,
            @Schema(description = "Swedish.") String sv,
            @Schema(description = "English.") String en) {}

    @Schema(name = "BookableProductRequest", description = "A new bookable product (varaustuote).")
    public record BookableProductRequest(
            @Schema(description = "Short code, unique in the organisation.", examples = "FAMILY_COUNSELLING_FIRST")
            @NotBlank
            String code,

            @Schema(description = "The social service (sosiaalipalvelu) the product belongs to.") @NotNull
            UUID socialServiceId,

            @Schema(description = "Name of the product.") @NotNull @Valid
            LocalizedTextDto name,

            @Schema(description = "Length of the time in minutes (5-480).", examples = "60") @NotNull
            Integer durationMinutes,

            @Schema(description = "Codes of the contact modes (asiointitapa) the product may be given by.") @NotEmpty
            List<String> contactModes,

            @Schema(
                    description = "How many clients one time takes: 1 for an individual time, more for a group time "
                            + "(ryhmäajanvaraus).",
                    examples = "1")
            @NotNull
            Integer capacity,

            @Schema(description = "The channels that may book the product.") @NotEmpty
            List<Channel> channels,

            @Schema(description = "Rules of client self-service.") @NotNull @Valid
            SelfServiceRulesDto selfService,

            @Schema(description = "Minutes kept free before each time (0-120).", examples = "0")
            Integer bufferBeforeMinutes,

            @Schema(description = "Minutes kept free after each time (0-120).", examples = "15")
            Integer bufferAfterMinutes,

            @Schema(description = "Guidance for the client in Finnish, Swedish and English.") @NotNull @Valid
            GuidanceTextDto guidance,

            @Schema(
                    description = "How many minutes before the time the client is reminded of it (15-20160, that is "
                            + "up to 14 days); left out, no reminder. A time booked after its reminder would have "
                            + "fallen due is not reminded of.",
                    examples = "1440")
            Integer reminderBeforeMinutes,

            @Schema(
                    description = "Whether a text message to the client may name the product. By default it does "
                            + "not: a phone's messages may be read by others, and the name of a service (child "
                            + "protection, say) tells of the client's situation.",
                    examples = "false")
            Boolean textNamesService,

            @Schema(
                    description = "The contact modes (of contactModes) in which a time of the product also takes a "
                            + "room at the service point, e.g. a network meeting at the office: booking it books the "
                            + "professional and a free room together, or the room the booking names. Left out: none.")
            List<String> roomNeededFor,

            @Schema(
                    description = "The channels (of channels) that open on a later day: until that day (in Finland) "
                            + "the product is neither offered nor booked through them, e.g. client self-service "
                            + "turned on for a service from the first of the month. Left out: every channel is open "
                            + "at once.")
            @Valid
            List<ChannelOpeningDto> channelsFrom) {}

    @Schema(name = "ChannelOpening", description = "The day from which a channel is open for booking a product.")
    public record ChannelOpeningDto(
            @Schema(description = "The channel.") @NotNull Channel channel,

            @Schema(description = "The first day (in Finland) the channel books the product.", examples = "2027-01-04")
            @NotNull
            LocalDate from) {}

    @Schema(
            name = "BookableProduct",
            description = "Bookable product (varaustuote): what is booked. FHIR: Appointment extension "
                    + "\"bookable product\".")
    public record BookableProductView(
            @Schema(description = "Identifier.") UUID id,
            @Schema(description = "Short code.") String code,

            @Schema(description = "The social service it belongs to.")
            UUID socialServiceId,

            @Schema(description = "Name.") LocalizedTextDto name,
            @Schema(description = "Length in minutes.") int durationMinutes,
            @Schema(description = "Allowed contact modes.") List<String> contactModes,

            @Schema(description = "Clients per time: 1 individual, more a group time.")
            int capacity,

            @Schema(description = "Channels that may book it.")
            List<Channel> channels,

            @Schema(description = "The channels that open on a later day, and the day; none when all are open.")
            List<ChannelOpeningDto> channelsFrom,

            @Schema(description = "Rules of client self-service.")
            SelfServiceRulesDto selfService,

            @Schema(description = "Minutes kept free before each time.")
            int bufferBeforeMinutes,

            @Schema(description = "Minutes kept free after each time.")
            int bufferAfterMinutes,

            @Schema(description = "Guidance for the client.")
            GuidanceTextDto guidance,

            @Schema(
                    description = "Minutes before the time the client is reminded of it; left out: no reminder.",
                    nullable = true)
            Integer reminderBeforeMinutes,

            @Schema(description = "Whether a text message to the client may name the product.")
            boolean textNamesService,

            @Schema(description = "The contact modes in which a time of the product also takes a room.")
            List<String> roomNeededFor,

            @Schema(description = "Counts the product's changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(
                    description = "Retired: no longer offered nor booked; the bookings made of it keep it, and may "
                            + "still be moved.")
            boolean retired) {}

    @Schema(
            name = "CalendarEntryTypeRequest",
            description = "A new calendar entry type (toiminto) of the uniform code set.")
    public record CalendarEntryTypeRequest(
            @Schema(description = "Short code, unique in the organisation.", examples = "HOME_VISIT") @NotBlank
            String code,

            @Schema(description = "What the entries count as: CLIENT_WORK, OTHER_WORK or ABSENCE.") @NotNull
            EntryCategory category,

            @Schema(description = "Whether an entry of this type makes the resource unavailable for bookings.") @NotNull
            Boolean blocksBooking,

            @Schema(description = "Name of the type, seen by the worker and those entitled.") @NotNull @Valid
            LocalizedTextDto name,

            @Schema(description = "Neutral label that others see instead of the entry, e.g. \"Asiakastyö\".")
            @NotNull
            @Valid
            LocalizedTextDto neutralLabel) {}

    @Schema(
            name = "CalendarEntryType",
            description = "Calendar entry type (toiminto) of the organisation's uniform code set.")
    public record CalendarEntryTypeView(
            @Schema(description = "Short code.") String code,

            @Schema(description = "CLIENT_WORK, OTHER_WORK or ABSENCE.")
            EntryCategory category,

            @Schema(description = "Whether entries of this type block bookings.")
            boolean blocksBooking,

            @Schema(description = "Name.") LocalizedTextDto name,
            @Schema(description = "The label others see.") LocalizedTextDto neutralLabel,

            @Schema(description = "Counts its changes, from 0; also its ETag, for If-Match.")
            long version,

            @Schema(description = "Retired: used for nothing new; what was made with it keeps it.")
            boolean retired) {}

    @Schema(name = "SocialServiceList", description = "The organisation's social services.")
    public record SocialServiceList(
            @Schema(description = "The items.") List<SocialServiceView> items) {}

    @Schema(name = "ServicePointList", description = "The organisation's service points.")
    public record ServicePointList(
            @Schema(description = "The items.") List<ServicePointView> items) {}

    @Schema(name = "ResourceList", description = "The organisation's resources, ordered by name.")
    public record ResourceList(
            @Schema(description = "The items.") List<ResourceView> items) {}

    @Schema(name = "ContactModeList", description = "The organisation's contact modes.")
    public record ContactModeList(
            @Schema(description = "The items.") List<ContactModeView> items) {}

    @Schema(name = "BookableProductList", description = "The organisation's bookable products.")
    public record BookableProductList(
            @Schema(description = "The items.") List<BookableProductView> items) {}

    @Schema(
            name = "CatalogueChange",
            description = "One change of a catalogue item: the version it made, who made it, when, and what changed.")
    public record CatalogueChangeView(
            @Schema(description = "The item changed: its id, or a contact mode's or entry type's code.")
            String key,

            @Schema(description = "The version the change made.")
            long version,

            @Schema(description = "CHANGED or RETIRED.") CatalogueChange.Kind kind,

            @Schema(description = "Who made it: the subject of their token.")
            String by,

            @Schema(description = "When.") Instant at,

            @Schema(description = "The fields that changed, as requests name them; none for a retirement.")
            List<String> fields) {}

    @Schema(name = "CatalogueChangeList", description = "The changes of catalogue items, oldest first.")
    public record CatalogueChangeList(
            @Schema(description = "The items.") List<CatalogueChangeView> items) {}

    @Schema(name = "CalendarEntryTypeList", description = "The organisation's calendar entry types.")
    public record CalendarEntryTypeList(
            @Schema(description = "The items.") List<CalendarEntryTypeView> items) {}
}
