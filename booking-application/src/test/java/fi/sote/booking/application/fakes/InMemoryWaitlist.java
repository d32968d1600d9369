package fi.sote.booking.application.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Filter;
import fi.sote.booking.application.waitlist.port.out.WaitlistRepository;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;

/** The waitlist in memory, with the events its changes wrote ("type entry-id"). */
public final class InMemoryWaitlist implements WaitlistRepository {

    private final Map<WaitlistEntryId, WaitlistEntry> entries = new LinkedHashMap<>();
    public final List<String> events = new ArrayList<>();

    @Override
    public synchronized boolean add(WaitlistEntry entry) {
        boolean waiting = entries.values().stream()
                .anyMatch(other -> other.organisation().equals(entry.organisation())
                        && other.client().equals(entry.client())
                        && other.awaited().equals(entry.awaited())
                        && other.status().open());
        if (waiting) {
            return false;
        }
        entries.put(entry.id(), entry);
        return true;
    }

    @Override
    public synchronized Optional<WaitlistEntry> entry(OrganisationId organisation, WaitlistEntryId id) {
        return Optional.ofNullable(entries.get(id))
                .filter(entry -> entry.organisation().equals(organisation));
    }

    @Override
    public synchronized boolean replace(WaitlistEntry previous, WaitlistEntry next, String event) {
        WaitlistEntry stored = entries.get(previous.id());
        if (stored == null || stored.version() != previous.version()) {
            return false;
        }
        entries.put(next.id(), next.nextVersion());
        if (event != null) {
            events.add(event + " " + next.id());
        }
        return true;
    }

    @Override
    public synchronized List<WaitlistEntry> list(
            OrganisationId organisation, Filter filter, Collection<String> clients) {
        return entries.values().stream()
                .filter(entry -> entry.organisation().equals(organisation))
                .filter(entry -> filter.awaited() == null || entry.awaited().equals(filter.awaited()))
                .filter(entry -> filter.statuses().contains(entry.status()))
                .filter(entry -> clients == null || clients.contains(entry.client()))
                .sorted(WaitlistEntry.FAIR_ORDER)
                .limit(filter.limit())
                .toList();
    }

    @Override
    public synchronized Map<WaitlistEntryId, Integer> places(OrganisationId organisation, Collection<UUID> awaited) {
        Map<WaitlistEntryId, Integer> places = new HashMap<>();
        Map<UUID, Integer> counted = new HashMap<>();
        entries.values().stream()
                .filter(entry -> entry.organisation().equals(organisation))
                .filter(entry ->
                        awaited.contains(entry.awaited()) && entry.status().open())
                .sorted(WaitlistEntry.FAIR_ORDER)
                .forEach(entry -> places.put(entry.id(), counted.merge(entry.awaited(), 1, Integer::sum)));
        return places;
    }

    @Override
    public synchronized List<OrganisationId> organisationsWaiting() {
        return entries.values().stream()
                .filter(entry -> entry.status().open())
                .map(WaitlistEntry::organisation)
                .distinct()
                .toList();
    }
}
