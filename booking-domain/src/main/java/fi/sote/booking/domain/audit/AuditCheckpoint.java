package fi.sote.booking.domain.audit;

/**
 * Where an organisation's chain had reached, kept outside the database: its last sequence number and hash. A log
 * that ends before the checkpoint, or holds another entry there, was cut or rewritten.
 */
public record AuditCheckpoint(long sequence, byte[] hash) {

    public AuditCheckpoint {
        if (sequence < 1 || hash == null || hash.length != 32) {
            throw new IllegalArgumentException("A checkpoint names an entry (from 1) and its 32-byte hash");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }
}
