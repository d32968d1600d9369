package fi.sote.booking.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.OrganisationId;

class AuditChainTests {

    private static final OrganisationId ORG = new OrganisationId("kymenlaakso");

    @Test
    void anIntactChainVerifiesAndAgreesWithItsHead() {
        List<SealedEntry> chain = chain(3);
        AuditChain.Verification result = verify(chain, 3L, chain.get(2).hash());
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(3);
        assertThat(result.firstBrokenSequence()).isNull();
    }

    @Test
    void aChangedFieldBreaksTheChainAtThatEntry() {
        List<SealedEntry> chain = chain(3);
        SealedEntry second = chain.get(1);
        AuditEntry e = second.entry();
        chain.set(
                1,
                new SealedEntry(
                        2,
                        new AuditEntry(
                                e.kind(),
                                e.organisation(),
                                e.at(),
                                e.subject(),
                                e.role(),
                                e.unit(),
                                e.client(),
                                e.operation(),
                                e.records(),
                                "another purpose",
                                e.recipient()),
                        second.hash()));
        AuditChain.Verification result = verify(chain, 3L, chain.get(2).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    void aMissingOrSwappedEntryOrACutOffEndIsFound() {
        List<SealedEntry> missing = chain(3);
        missing.remove(1);
        assertThat(verify(missing, 3L, missing.get(1).hash()).firstBrokenSequence())
                .isEqualTo(2);

        List<SealedEntry> swapped = chain(3);
        SealedEntry second = swapped.get(1);
        SealedEntry third = swapped.get(2);
        swapped.set(1, new SealedEntry(2, third.entry(), third.hash()));
        swapped.set(2, new SealedEntry(3, second.entry(), second.hash()));
        assertThat(verify(swapped, 3L, second.hash()).firstBrokenSequence()).isEqualTo(2);

        List<SealedEntry> cut = chain(3);
        byte[] headHash = cut.get(2).hash();
        cut.remove(2);
        AuditChain.Verification result = verify(cut, 3L, headHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3);
    }

    @Test
    void fieldsAreDelimitedSoThatMovingTextBetweenThemChangesTheHash() {
        AuditEntry a = entry("ab", "c");
        AuditEntry b = entry("a", "bc");
        assertThat(AuditChain.link(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, b));
    }

    private static AuditChain.Verification verify(List<SealedEntry> chain, Long headSequence, byte[] headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        chain.forEach(verifier::accept);
        return verifier.result(headSequence, headHash);
    }

    private static List<SealedEntry> chain(int length) {
        List<SealedEntry> chain = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = entry("worker-" + i, "client-" + i);
            previous = AuditChain.link(previous, entry);
            chain.add(new SealedEntry(i, entry, previous));
        }
        return chain;
    }

    private static AuditEntry entry(String subject, String client) {
        return new AuditEntry(
                AuditEntry.Kind.ACCESS,
                ORG,
                Instant.parse("2026-11-23T08:00:00.123456789Z"),
                subject,
                "professional",
                null,
                client,
                "getBooking",
                List.of("booking:1"),
                "client work",
                null);
    }
}
