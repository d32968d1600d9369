package fi.sote.booking.adapters.in.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.StringType;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.booking.port.in.ShownBooking;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/**
 * The service's model as FHIR R4 resources: a booking as an Appointment, a free time as a Slot, a professional's
 * calendar as a Schedule, a professional as a Practitioner and a PractitionerRole, a social service as a
 * HealthcareService and a service point as a Location. What an Appointment shows of its client is what the REST
 * answer shows ({@link ClientView}): a reader who may not see whom it concerns gets the participant's type only.
 */
final class FhirViews {

    private FhirViews() {}

    static Appointment appointment(ShownBooking shown, CatalogueSnapshot catalogue) {
        Booking booking = shown.booking();
        ClientView client = shown.client();
        var time = booking.time();
        Appointment appointment = new Appointment();
        appointment.setId(booking.id().value().toString());
        appointment.setMeta(
                new Meta().setVersionId(Long.toString(booking.version())).addProfile(FhirCodes.APPOINTMENT_PROFILE));
        appointment.addIdentifier(FhirCodes.uuid(booking.id().value()));
        if (shown.confirmation() != null) {
            appointment.addIdentifier(new Identifier()
                    .setSystem(FhirCodes.BOOKING_REFERENCE)
                    .setValue(shown.confirmation().reference()));
        }
        FhirCodes.status(appointment, booking);
        catalogue
                .serviceOf(time.product())
                .ifPresent(service -> appointment.addServiceType(FhirCodes.serviceType(service)));
        catalogue
                .mode(time.contactMode())
                .ifPresent(mode -> appointment.setAppointmentType(FhirCodes.contactMode(mode)));
        catalogue.product(time.product()).ifPresent(product -> appointment.addExtension(requestedService(product)));
        appointment.setStartElement(FhirCodes.instant(time.interval().start()));
        appointment.setEndElement(FhirCodes.instant(time.interval().end()));
        appointment.setCreatedElement(FhirCodes.dateTime(booking.bookedAt()));
        appointment.addSlot(new Reference(
                "Slot/" + SlotIds.of(new SlotKey(time.interval().start(), time.resource(), time.product()))));
        if (client.referral() && booking.referralNote() != null) {
            appointment.addReasonCode(new CodeableConcept().setText(booking.referralNote()));
        }
        if (shown.confirmation() != null && shown.confirmation().guidance() != null) {
            appointment.setPatientInstruction(shown.confirmation().guidance());
        }
        ParticipationStatus taking =
                booking.status().takesTime() ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
        appointment.addParticipant(patient(booking, client).setStatus(taking));
        appointment.addParticipant(new AppointmentParticipantComponent()
                .addType(FhirCodes.participation("PPRF", "primary performer"))
                .setActor(new Reference("PractitionerRole/" + time.resource().value())
                        .setDisplay(
                                shown.confirmation() == null
                                        ? null
                                        : shown.confirmation().professional()))
                .setRequired(ParticipantRequired.REQUIRED)
                .setStatus(ParticipationStatus.ACCEPTED));
        if (time.servicePoint() != null) {
            appointment.addParticipant(new AppointmentParticipantComponent()
                    .addType(FhirCodes.participation("LOC", "location"))
                    .setActor(new Reference("Location/" + time.servicePoint().value())
                            .setDisplay(
                                    shown.confirmation() == null
                                            ? null
                                            : shown.confirmation().place()))
                    .setRequired(ParticipantRequired.REQUIRED)
                    .setStatus(ParticipationStatus.ACCEPTED));
        }
        catalogue
                .serviceOf(time.product())
                .ifPresent(service -> appointment.addParticipant(new AppointmentParticipantComponent()
                        .setActor(new Reference(
                                        "HealthcareService/" + service.id().value())
                                .setDisplay(service.name().in("fi")))
                        .setRequired(ParticipantRequired.INFORMATIONONLY)
                        .setStatus(ParticipationStatus.ACCEPTED)));
        return appointment;
    }

    /** The client as the reader may see them: by personal identity code or reference, or only as the subject. */
    private static AppointmentParticipantComponent patient(Booking booking, ClientView client) {
        AppointmentParticipantComponent patient = new AppointmentParticipantComponent()
                .addType(FhirCodes.participation("SBJ", "subject"))
                .setRequired(ParticipantRequired.REQUIRED);
        if (!client.identified()) {
            return patient;
        }
        Identifier identifier = client.code() == null
                ? new Identifier().setSystem(FhirCodes.CLIENT_REFERENCE).setValue(booking.client())
                : new Identifier()
                        .setSystem(FhirCodes.PERSONAL_IDENTITY_CODE)
                        .setValue(client.code().value());
        Reference actor = new Reference().setIdentifier(identifier).setType("Patient");
        if (client.contact() != null && !client.contact().withheld()) {
            actor.setDisplay(client.contact().name());
        }
        return patient.setActor(actor);
    }

    static Slot slot(FoundSlot found, CatalogueSnapshot catalogue) {
        var free = found.slot();
        Slot slot = new Slot();
        slot.setId(SlotIds.of(free.key()));
        slot.setSchedule(new Reference("Schedule/" + free.resource().value()).setDisplay(found.resourceName()));
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.setStartElement(FhirCodes.instant(free.interval().start()));
        slot.setEndElement(FhirCodes.instant(free.interval().end()));
        catalogue.serviceOf(free.product()).ifPresent(service -> slot.addServiceType(FhirCodes.serviceType(service)));
        List<ContactMode> modes = free.contactModes().stream()
                .sorted()
                .flatMap(code -> catalogue.mode(code).stream())
                .toList();
        if (modes.size() == 1) {
            slot.setAppointmentType(FhirCodes.contactMode(modes.get(0)));
        }
        slot.addExtension(requestedService(found.product()));
        StringBuilder comment = new StringBuilder(found.product().name().in("fi"));
        if (modes.size() > 1) {
            comment.append("; ")
                    .append(String.join(
                            ", ",
                            modes.stream().map(mode -> mode.name().in("fi")).toList()));
        }
        if (free.capacity() > 1) {
            comment.append("; ")
                    .append(free.remaining())
                    .append('/')
                    .append(free.capacity())
                    .append(" free");
        }
        slot.setComment(comment.toString());
        return slot;
    }

    static Schedule schedule(Resource resource, CatalogueSnapshot catalogue) {
        Schedule schedule = new Schedule();
        schedule.setId(resource.id().value().toString());
        schedule.addIdentifier(FhirCodes.uuid(resource.id().value()));
        schedule.setActive(!resource.retired());
        schedule.addActor(new Reference("PractitionerRole/" + resource.id().value()).setDisplay(resource.name()));
        for (SocialServiceId id : resource.socialServices().stream().sorted().toList()) {
            SocialService service = catalogue.services().get(id);
            if (service != null) {
                schedule.addActor(new Reference("HealthcareService/" + id.value())
                        .setDisplay(service.name().in("fi")));
                schedule.addServiceType(FhirCodes.serviceType(service));
            }
        }
        return schedule;
    }

    static Practitioner practitioner(Resource resource) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(resource.id().value().toString());
        practitioner.addIdentifier(FhirCodes.uuid(resource.id().value()));
        practitioner.setActive(!resource.retired());
        practitioner.addName(new HumanName().setText(resource.name()));
        resource.languages().stream()
                .sorted()
                .forEach(language -> practitioner.addCommunication(
                        new CodeableConcept(new Coding(FhirCodes.LANGUAGE, language, null))));
        return practitioner;
    }

    static PractitionerRole role(Resource resource, CatalogueSnapshot catalogue) {
        PractitionerRole role = new PractitionerRole();
        role.setId(resource.id().value().toString());
        role.addIdentifier(FhirCodes.uuid(resource.id().value()));
        role.setActive(!resource.retired());
        role.setPractitioner(new Reference("Practitioner/" + resource.id().value()).setDisplay(resource.name()));
        if (resource.title() != null) {
            role.addCode(new CodeableConcept().setText(resource.title()));
        }
        resource.socialServices().stream()
                .sorted()
                .filter(catalogue.services()::containsKey)
                .forEach(id -> role.addHealthcareService(new Reference("HealthcareService/" + id.value())
                        .setDisplay(catalogue.services().get(id).name().in("fi"))));
        resource.servicePoints().stream()
                .sorted()
                .forEach(id -> role.addLocation(new Reference("Location/" + id.value())));
        return role;
    }

    static HealthcareService healthcareService(SocialService service) {
        HealthcareService healthcareService = new HealthcareService();
        healthcareService.setId(service.id().value().toString());
        healthcareService.setMeta(new Meta().addProfile(FhirCodes.HEALTHCARE_SERVICE_PROFILE));
        healthcareService.addIdentifier(
                new Identifier().setSystem(FhirCodes.OWN_SOCIAL_SERVICE).setValue(service.code()));
        healthcareService.setActive(!service.retired());
        healthcareService.addType(FhirCodes.serviceType(service));
        healthcareService.setName(service.name().in("fi"));
        return healthcareService;
    }

    static Location location(ServicePoint point) {
        Location location = new Location();
        location.setId(point.id().value().toString());
        location.addIdentifier(
                new Identifier().setSystem(FhirCodes.OWN_SERVICE_POINT).setValue(point.code()));
        location.setStatus(point.retired() ? Location.LocationStatus.INACTIVE : Location.LocationStatus.ACTIVE);
        location.setName(point.name().in("fi"));
        var address = point.address();
        location.setAddress(new Address()
                .setUse(Address.AddressUse.WORK)
                .addLine(address.street())
                .setPostalCode(address.postalCode())
                .setCity(address.postOffice())
                .setCountry("FI"));
        return location;
    }

    /** The bookable product (varaustuote, LM 73) in the guide's requested-service-info extension. */
    private static Extension requestedService(BookableProduct product) {
        Extension extension = new Extension(FhirCodes.REQUESTED_SERVICE_EXTENSION);
        extension.addExtension(new Extension(
                "RequestedServiceId",
                new Identifier()
                        .setSystem(FhirCodes.OWN_PRODUCT)
                        .setValue(product.id().value().toString())));
        extension.addExtension(new Extension(
                "RequestedServiceName", new StringType(product.name().in("fi"))));
        return extension;
    }
}
