package fi.sote.booking.application.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.client.port.in.LookUpClientQuery.FoundClient;
import fi.sote.booking.application.client.port.in.LookUpClientQuery.Source;
import fi.sote.booking.application.client.port.out.ClientRecordSystem;
import fi.sote.booking.application.fakes.InMemoryAuditLog;
import fi.sote.booking.application.fakes.InMemoryClientIdentities;
import fi.sote.booking.application.fakes.InMemoryClientRecords;
import fi.sote.booking.application.fakes.MutableClock;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/** Looking a client up: the client-record system first, the records it sent when it is down or not there. */
class LookUpClientTests {

    private static final OrganisationId ORG = new OrganisationId("world");
    private static final PersonalIdentityCode CODE = PersonalIdentityCode.parse("code", "131052-308T");

    private final InMemoryClientRecords records = new InMemoryClientRecords();
    private final InMemoryClientIdentities identities = new InMemoryClientIdentities();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final VendorSystem vendor = new VendorSystem();
    private final AuditTrail trail = new AuditTrail(audit, new MutableClock(World.NOW));

    /** A client-record system that knows whom it is told, and can be down. */
    private static final class VendorSystem implements ClientRecordSystem {

        final Map<String, ClientRecord> byReference = new HashMap<>();
        final Map<PersonalIdentityCode, ClientRecord> byCode = new HashMap<>();
        boolean down;

        @Override
        public boolean reachable() {
            return true;
        }

        @Override
        public Optional<ClientRecord> byReference(OrganisationId organisation, String reference) {
            failIfDown();
            return Optional.ofNullable(byReference.get(reference));
        }

        @Override
        public Optional<ClientRecord> byCode(OrganisationId organisation, PersonalIdentityCode code) {
            failIfDown();
            return Optional.ofNullable(byCode.get(code));
        }

        private void failIfDown() {
            if (down) {
                throw new Unavailable("down", null);
            }
        }
    }

    private static ClientRecord record(String reference, String phone) {
        return new ClientRecord(reference, "Asiakas " + reference, phone, null, false, Set.of());
    }

    private static Actor as(Role role) {
        return new Actor(ORG, "worker", Set.of(role));
    }

    private static FoundClient found(Outcome<FoundClient> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<FoundClient>) outcome).value();
    }

    @Test
    void theSystemAnswersWhileItIsUpAndTheRecordsItSentWhenItIsDown() {
        LookUpClientService lookUp = new LookUpClientService(vendor, records, identities, trail);
        vendor.byReference.put("ASIAKAS-1", record("ASIAKAS-1", "040 111"));
        records.save(ORG, record("ASIAKAS-1", "040 000"));

        FoundClient now = found(lookUp.byReference(as(Role.COUNSELLOR), "ASIAKAS-1"));
        assertThat(now.source()).isEqualTo(Source.CLIENT_RECORD_SYSTEM);
        assertThat(now.record().phone()).isEqualTo("040 111");

        vendor.down = true;
        FoundClient fallback = found(lookUp.byReference(as(Role.COUNSELLOR), "ASIAKAS-1"));
        assertThat(fallback.source()).isEqualTo(Source.RECEIVED_RECORDS);
        assertThat(fallback.systemDown()).isTrue();
        assertThat(fallback.record().phone()).isEqualTo("040 000");

        assertThat(audit.entries())
                .as("each lookup that showed the client is in the access log")
                .extracting(entry -> entry.operation() + " " + entry.client() + " " + entry.records())
                .containsExactly(
                        "lookUpClient ASIAKAS-1 [client-record:ASIAKAS-1]",
                        "lookUpClient ASIAKAS-1 [client-record:ASIAKAS-1]");
    }

    @Test
    void byCodeTheFallbackIsTheRecordLinkedToTheCode() {
        LookUpClientService lookUp = new LookUpClientService(vendor, records, identities, trail);
        vendor.byCode.put(CODE, record("ASIAKAS-2", "040 222"));
        assertThat(found(lookUp.byCode(as(Role.PROFESSIONAL), CODE)).record().reference())
                .isEqualTo("ASIAKAS-2");

        vendor.down = true;
        assertThat(lookUp.byCode(as(Role.PROFESSIONAL), CODE))
                .as("the code was never seen here, so nothing was received for it")
                .isInstanceOf(Outcome.NotFound.class);
        String pseudonym = identities.reference(ORG, CODE);
        records.save(ORG, record("ASIAKAS-2", "040 000"), pseudonym);
        assertThat(found(lookUp.byCode(as(Role.PROFESSIONAL), CODE)).record().phone())
                .isEqualTo("040 000");
    }

    @Test
    void withoutASystemTheRecordsReceivedAnswerAndClientsLookNobodyUp() {
        LookUpClientService lookUp = new LookUpClientService(ClientRecordSystem.NONE, records, identities, trail);
        records.save(ORG, record("ASIAKAS-3", "040 333"));

        FoundClient found = found(lookUp.byReference(as(Role.SUPERVISOR), "ASIAKAS-3"));
        assertThat(found.source()).isEqualTo(Source.RECEIVED_RECORDS);
        assertThat(found.systemDown()).isFalse();
        assertThat(lookUp.byReference(as(Role.COUNSELLOR), "ASIAKAS-4")).isInstanceOf(Outcome.NotFound.class);
        assertThat(lookUp.byReference(as(Role.CLIENT), "ASIAKAS-3")).isInstanceOf(Outcome.NotFound.class);
        assertThat(audit.entries()).hasSize(1);
    }
}
