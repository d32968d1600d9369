package fi.sote.booking.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.OrganisationId;

class AuditChainTests {

    private static final OrganisationId ORG = new OrganisationId("kymenlaakso");
    private static final AuditChain CHAIN = new AuditChain("the key kept outside the database!".getBytes());

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
        assertThat(CHAIN.link(AuditChain.GENESIS, 1, a)).isNotEqualTo(CHAIN.link(AuditChain.GENESIS, 1, b));
    }

    @Test
    void aLogRewrittenWholeWithoutTheKeyFailsAtItsFirstEntry() {
        AuditChain forger = new AuditChain("a key the database owner made up!".getBytes());
        List<SealedEntry> forged = chain(forger, 3);

        AuditChain.Verification result = verify(forged, 3L, forged.get(2).hash());

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(1);
    }

    @Test
    void theEndCutOffAndTheHeadRewrittenToMatchIsFoundByTheCheckpoint() {
        List<SealedEntry> chain = chain(5);
        AuditCheckpoint checkpoint = new AuditCheckpoint(5, chain.get(4).hash());
        assertThat(verify(chain, checkpoint, 5L, chain.get(4).hash()).intact()).isTrue();

        List<SealedEntry> cut = new ArrayList<>(chain.subList(0, 2));
        AuditChain.Verification result = verify(cut, checkpoint, 2L, cut.get(1).hash());

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.problem()).contains("checkpoint kept outside the database records entry 5");
    }

    @Test
    void anotherEntryWhereTheCheckpointRecordsOneIsFound() {
        List<SealedEntry> chain = chain(3);
        AuditCheckpoint elsewhere = new AuditCheckpoint(2, chain(4).get(3).hash());

        AuditChain.Verification result =
                verify(chain, elsewhere, 3L, chain.get(2).hash());

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
    }

    private static AuditChain.Verification verify(List<SealedEntry> chain, Long headSequence, byte[] headHash) {
        return verify(chain, null, headSequence, headHash);
    }

    private static AuditChain.Verification verify(
            List<SealedEntry> chain, AuditCheckpoint checkpoint, Long headSequence, byte[] headHash) {
        AuditChain.Verifier verifier = CHAIN.verifier(checkpoint);
        chain.forEach(verifier::accept);
        return verifier.result(headSequence, headHash);
    }

    private static List<SealedEntry> chain(int length) {
        return chain(CHAIN, length);
    }

    private static List<SealedEntry> chain(AuditChain keyed, int length) {
        List<SealedEntry> chain = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = entry("worker-" + i, "client-" + i);
            previous = keyed.link(previous, i, entry);
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
