package fi.sote.booking.domain.audit;

/** A log entry as stored: its place in the organisation's chain and the hash that links it there. */
public record SealedEntry(long sequence, AuditEntry entry, byte[] hash) {}
