package fi.sote.booking.domain.audit;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash chain over an organisation's log: entry n's hash is HMAC-SHA-256, under a key kept outside the
 * database, of entry n-1's hash, n and entry n's canonical bytes (the first entry follows 32 zero bytes). Changing,
 * removing or reordering any entry breaks every later link, and without the key nobody, not even the database's
 * owner, can forge the links of a rewritten log, so {@link Verifier} finds it. Entries removed from the end are
 * found against the last {@link AuditCheckpoint} kept outside the database.
 */
public final class AuditChain {

    /** What the first entry's hash follows. */
    public static final byte[] GENESIS = new byte[32];

    private final byte[] key;

    /** A chain keyed with {@code key}: at least 32 bytes, kept outside the database. */
    public AuditChain(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The audit chain's key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** The hash of {@code entry} at {@code sequence}, following {@code previous}. */
    public byte[] link(byte[] previous, long sequence, AuditEntry entry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(previous);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
            return mac.doFinal(entry.canonicalBytes());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from the JDK", e);
        }
    }

    /** A verifier of this chain, which also checks it against the last checkpoint kept outside the database. */
    public Verifier verifier(AuditCheckpoint checkpoint) {
        return new Verifier(checkpoint);
    }

    /** The outcome of a verification: intact, or the first entry where the chain breaks and why. */
    public record Verification(boolean intact, long entries, Long firstBrokenSequence, String problem) {}

    /** Walks a chain entry by entry, in sequence order, so that a long log is verified page by page. */
    public final class Verifier {

        private final AuditCheckpoint checkpoint;
        private byte[] previous = GENESIS;
        private long expected = 1;
        private Long broken;
        private String problem;

        private Verifier(AuditCheckpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        /** Checks the next entry; after the first break the rest is only counted. */
        public void accept(SealedEntry sealed) {
            if (broken == null) {
                if (sealed.sequence() != expected) {
                    fail(expected, "entry " + expected + " is missing");
                } else if (!Arrays.equals(link(previous, sealed.sequence(), sealed.entry()), sealed.hash())) {
                    fail(sealed.sequence(), "entry " + sealed.sequence() + " does not match its hash");
                } else if (checkpoint != null
                        && checkpoint.sequence() == sealed.sequence()
                        && !Arrays.equals(checkpoint.hash(), sealed.hash())) {
                    fail(sealed.sequence(), "entry " + sealed.sequence() + " is not the one the checkpoint records");
                }
            }
            previous = sealed.hash();
            expected = sealed.sequence() + 1;
        }

        /**
         * The result, given the last sequence number and hash the chain's head recorded (null when the organisation
         * has no entries): entries cut off the end are found there, and against the checkpoint.
         */
        public Verification result(Long headSequence, byte[] headHash) {
            long seen = expected - 1;
            if (broken == null
                    && headSequence != null
                    && (headSequence != seen || !Arrays.equals(headHash, previous))) {
                fail(
                        seen + 1,
                        "the log ends at entry " + seen + " but its head records entry " + headSequence + " ("
                                + HexFormat.of().formatHex(headHash) + ")");
            }
            if (broken == null && checkpoint != null && checkpoint.sequence() > seen) {
                fail(
                        seen + 1,
                        "the log ends at entry " + seen + " but the checkpoint kept outside the database records entry "
                                + checkpoint.sequence() + ": entries were removed from its end");
            }
            return new Verification(broken == null, seen, broken, problem);
        }

        private void fail(long sequence, String why) {
            broken = sequence;
            problem = why;
        }
    }
}
