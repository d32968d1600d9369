package fi.sote.booking.adapters.in.rest.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the access and disclosure logs. */
final class AuditDtos {

    private AuditDtos() {}

    @Schema(name = "AuditVerification", description = "Whether the organisation's log chain is intact.")
    record VerificationView(
            @Schema(description = "True when every entry matches its hash and none is missing.")
            boolean intact,

            @Schema(description = "How many entries were checked.")
            long entries,

            @Schema(description = "The first entry where the chain breaks; left out when intact.", nullable = true)
            Long firstBrokenSequence,

            @Schema(description = "What is wrong there; left out when intact.", nullable = true)
            String problem) {}

    @Schema(
            name = "ClientLogExtractRequest",
            description = "Whose log extract, for which period, and for whom. Name the "
                    + "client either by reference or by personal identity code (in this body, never in a URL).")
    record ExtractRequest(
            @Schema(description = "The client's reference as bookings carry it.") @Size(max = 200)
            String clientReference,

            @Schema(description = "The client's personal identity code (henkilötunnus).") @Size(max = 11)
            String clientPersonalIdentityCode,

            @Schema(description = "First day of the period (Finnish local date).") @NotNull
            LocalDate from,

            @Schema(description = "Last day of the period, inclusive.") @NotNull
            LocalDate to,

            @Schema(
                    description = "Who the extract is handed to (the client, say); it is then written to the "
                            + "disclosure log.")
            @Size(max = 200)
            String recipient) {}

    @Schema(name = "ClientLogExtract", description = "Who processed the client's data in the period, when and why.")
    record ExtractView(
            @Schema(description = "The client's reference.") String client,

            @Schema(description = "First day of the period.")
            LocalDate from,

            @Schema(description = "Last day of the period.") LocalDate to,

            @Schema(description = "The entries, oldest first.")
            List<EntryView> entries) {}

    @Schema(name = "AuditEntry", description = "One entry of the access or disclosure log.")
    record EntryView(
            @Schema(description = "Place in the organisation's chain.")
            long sequence,

            @Schema(description = "ACCESS (käyttöloki) or DISCLOSURE (luovutusloki).")
            String kind,

            @Schema(description = "When.") Instant at,
            @Schema(description = "Who (token subject).") String subject,
            @Schema(description = "Their roles.") String role,

            @Schema(description = "Their unit, when known.", nullable = true)
            String unit,

            @Schema(description = "The operation of the API.")
            String operation,

            @Schema(description = "The records processed (type:id).")
            List<String> records,

            @Schema(description = "On what basis: the purpose given, or the role's default.")
            String purpose,

            @Schema(description = "For a disclosure, the recipient.", nullable = true)
            String recipient) {}
}
