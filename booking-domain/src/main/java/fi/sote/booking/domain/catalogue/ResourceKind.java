package fi.sote.booking.domain.catalogue;

/** What kind of resource (resurssi) is needed to produce a service. FHIR: Practitioner(Role) or Location. */
public enum ResourceKind {
    PROFESSIONAL,
    ROOM
}
