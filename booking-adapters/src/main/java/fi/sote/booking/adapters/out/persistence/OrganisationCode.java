package fi.sote.booking.adapters.out.persistence;

import java.io.Serializable;

/** The key of catalogue rows named by their code within an organisation (contact modes, calendar entry types). */
record OrganisationCode(String organisationId, String code) implements Serializable {}
