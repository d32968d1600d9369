package fi.sote.booking.application.notification;

import java.time.LocalTime;
import java.util.Map;

import fi.sote.booking.application.booking.port.in.Confirmation;
import fi.sote.booking.application.notification.Messenger.Text;
import fi.sote.booking.domain.booking.BookingId;

/**
 * What a message to a member of staff says, in Finnish, Swedish or English (Finnish for any other language). It
 * names no client: the professional reads who the client is in the service, where reading it is logged.
 */
final class StaffMessages {

    /** The words of one language. */
    private record Words(
            String firstContactSubject,
            String firstContact,
            String takenOverSubject,
            String takenOver,
            String time,
            String service,
            String mode,
            String reference,
            String readMore,
            String alertSubject,
            String alert,
            String escalation) {}

    private static final Map<String, Words> WORDS = Map.of(
            "fi",
            new Words(
                    "Uusi ensikäynti",
                    "Asiakasohjaus on varannut sinulle ensikäynnin.",
                    "Sinulle siirretty asiakasaika",
                    "Poissa olevan työntekijän asiakasaika on siirretty sinulle.",
                    "Aika",
                    "Palvelu",
                    "Asiointitapa",
                    "Viite",
                    "Asiakkaan tiedot näet ajanvarauspalvelussa.",
                    "Työturvallisuushälytys",
                    "%s ei ole kuitannut käyntiä päättyneeksi; käynnin piti päättyä %s. Tarkista tilanne ja kuittaa "
                            + "hälytys ajanvarauspalvelussa.",
                    "Esihenkilö ei ole kuitannut hälytystä."),
            "sv",
            new Words(
                    "Nytt första besök",
                    "Klientrådgivningen har bokat ett första besök åt dig.",
                    "En klienttid har flyttats till dig",
                    "En frånvarande anställds klienttid har flyttats till dig.",
                    "Tid",
                    "Tjänst",
                    "Kontaktsätt",
                    "Referens",
                    "Klientens uppgifter finns i bokningstjänsten.",
                    "Arbetssäkerhetslarm",
                    "%s har inte checkat ut från ett besök som skulle sluta %s. Kontrollera läget och kvittera larmet "
                            + "i bokningstjänsten.",
                    "Chefen har inte kvitterat larmet."),
            "en",
            new Words(
                    "A new first contact",
                    "Client counselling has booked a first contact for you.",
                    "A client's time moved to you",
                    "An absent colleague's client time has been moved to you.",
                    "Time",
                    "Service",
                    "How",
                    "Reference",
                    "The client's details are in the booking service.",
                    "Work-safety alert",
                    "%s has not checked out of a visit that was to end %s. Check on them and close the alert in the "
                            + "booking service.",
                    "The supervisor has not acknowledged the alert."));

    private StaffMessages() {}

    /** A first contact booked for the professional from counselling. */
    static Text firstContact(String language, Confirmation booking, String service, BookingId id) {
        Words words = words(language);
        return new Text(
                words.firstContactSubject(),
                words.firstContact() + "\n\n" + details(words, language, booking, service, id));
    }

    /** A time taken over from an absent colleague. */
    static Text takenOver(String language, Confirmation booking, String service, BookingId id) {
        Words words = words(language);
        return new Text(
                words.takenOverSubject(), words.takenOver() + "\n\n" + details(words, language, booking, service, id));
    }

    /**
     * A work-safety alert: who has not checked out, and when the visit was to end.
     *
     * @param escalated whether it goes to the second contact because the supervisor has not acknowledged it
     */
    static Text alert(String language, String worker, LocalTime plannedEnd, boolean escalated) {
        Words words = words(language);
        String alert = String.format(words.alert(), worker, ClientMessages.clock(language, plannedEnd));
        return new Text(words.alertSubject(), escalated ? words.escalation() + " " + alert : alert);
    }

    private static String details(Words words, String language, Confirmation booking, String service, BookingId id) {
        return words.time() + ": " + ClientMessages.when(language, booking) + "\n" + words.service() + ": " + service
                + "\n" + words.mode() + ": " + booking.contactMode() + "\n" + words.reference() + ": "
                + ClientMessages.reference(id) + "\n\n" + words.readMore();
    }

    private static Words words(String language) {
        return WORDS.getOrDefault(language == null ? "fi" : language, WORDS.get("fi"));
    }
}
