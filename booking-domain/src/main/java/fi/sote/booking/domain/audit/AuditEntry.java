package fi.sote.booking.domain.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * One entry of the access and disclosure logs required by the Client Data Act (703/2023): who
 * processed which client's data, when, in which operation, which records, and why; a disclosure
 * also names the recipient. Entries are kept in a hash chain ({@link AuditChain}).
 *
 * @param kind         an access (use inside the organisation) or a disclosure (a transfer out)
 * @param at           when; kept to the microsecond, as the database keeps it
 * @param subject      the token subject of whoever processed the data
 * @param role         their roles, comma-separated
 * @param unit         their unit (organisational unit), when the token names one
 * @param client       the client's reference (a pseudonym; never a personal identity code)
 * @param operation    the operation of the API
 * @param records      the identifiers of the records processed
 * @param purpose      the basis: the role's default purpose or the one the caller gave
 * @param recipient    for a disclosure, who received the data
 */
public record AuditEntry(
        Kind kind,
        OrganisationId organisation,
        Instant at,
        String subject,
        String role,
        String unit,
        String client,
        String operation,
        List<String> records,
        String purpose,
        String recipient) {

    public enum Kind {
        /** Client data read or searched inside the organisation (käyttöloki). */
        ACCESS,
        /** Client data handed out of the service (luovutusloki). */
        DISCLOSURE
    }

    public AuditEntry {
        Invariants.required("kind", kind);
        Invariants.required("organisation", organisation);
        at = Invariants.required("at", at).truncatedTo(ChronoUnit.MICROS);
        Invariants.required("subject", subject);
        Invariants.required("role", role);
        Invariants.required("client", client);
        Invariants.required("operation", operation);
        records = List.copyOf(Invariants.required("records", records));
        Invariants.required("purpose", purpose);
        if (kind == Kind.DISCLOSURE) {
            Invariants.required("recipient", recipient);
        }
    }

    /** The same processing as a disclosure to the recipient. */
    public AuditEntry disclosedTo(String recipient) {
        return new AuditEntry(
                Kind.DISCLOSURE, organisation, at, subject, role, unit, client, operation, records, purpose, recipient);
    }

    /**
     * The entry as the bytes its link in the chain is computed from: every field, length-prefixed,
     * so that no two different entries give the same bytes.
     */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, kind.name());
        field(out, organisation.value());
        field(out, at.toString());
        field(out, subject);
        field(out, role);
        field(out, unit);
        field(out, client);
        field(out, operation);
        out.writeBytes(ByteBuffer.allocate(4).putInt(records.size()).array());
        records.forEach(record -> field(out, record));
        field(out, purpose);
        field(out, recipient);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
