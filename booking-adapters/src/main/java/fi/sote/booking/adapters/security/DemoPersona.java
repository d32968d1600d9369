package fi.sote.booking.adapters.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person of the demo organisations for whom the local security mode writes a ready-to-use token.
 *
 * @param file the token's file name in {@code <data dir>/tokens}, without ".jwt"
 * @param personalIdentityCode a client's personal identity code, as strong identification puts it in the token (a
 *     code of the range kept for testing, individual numbers 900-999), or null
 */
public record DemoPersona(
        String file, String name, String organisation, Set<String> roles, String personalIdentityCode) {

    public DemoPersona(String file, String name, String organisation, Set<String> roles) {
        this(file, name, organisation, roles, null);
    }

    /** The demo wellbeing services county, whose catalogue the service ships. */
    public static final String DEMO_ORGANISATION = "kymenlaakso-demo";
    /** A second organisation, to show that one never sees the other's data. */
    public static final String OTHER_ORGANISATION = "siunsote-demo";

    /** One per role of the demo organisation, a second client and professional, and a foreign administrator. */
    public static final List<DemoPersona> ALL = List.of(
            new DemoPersona("administrator", "Aino Ylläpitäjä", DEMO_ORGANISATION, Set.of(Roles.ADMINISTRATOR)),
            new DemoPersona("professional", "Pekka Sosiaaliohjaaja", DEMO_ORGANISATION, Set.of(Roles.PROFESSIONAL)),
            new DemoPersona("professional-2", "Sanna Perhetyöntekijä", DEMO_ORGANISATION, Set.of(Roles.PROFESSIONAL)),
            new DemoPersona("counsellor", "Kaisa Asiakasneuvoja", DEMO_ORGANISATION, Set.of(Roles.COUNSELLOR)),
            new DemoPersona("supervisor", "Juha Esihenkilö", DEMO_ORGANISATION, Set.of(Roles.SUPERVISOR)),
            new DemoPersona("client", "Maija Meikäläinen", DEMO_ORGANISATION, Set.of(Roles.CLIENT), "150585-952B"),
            new DemoPersona("client-2", "Matti Virtanen", DEMO_ORGANISATION, Set.of(Roles.CLIENT), "240190-968R"),
            new DemoPersona(
                    "integration", "Alueellinen asiakastietojärjestelmä", DEMO_ORGANISATION, Set.of(Roles.INTEGRATION)),
            new DemoPersona("auditor", "Tuula Tarkastaja", DEMO_ORGANISATION, Set.of(Roles.AUDITOR)),
            new DemoPersona(
                    "other-organisation-administrator",
                    "Olli Ylläpitäjä",
                    OTHER_ORGANISATION,
                    Set.of(Roles.ADMINISTRATOR)));

    /** A stable subject, the same at every start, so data a persona created stays theirs. */
    public String subject() {
        return UUID.nameUUIDFromBytes((organisation + "/" + file).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static DemoPersona named(String file) {
        return ALL.stream()
                .filter(persona -> persona.file.equals(file))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo persona " + file));
    }
}
