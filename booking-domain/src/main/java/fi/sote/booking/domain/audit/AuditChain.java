package fi.sote.booking.domain.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash chain over an organisation's log: entry n's hash is SHA-256 of entry n-1's hash followed
 * by entry n's canonical bytes (the first entry follows 32 zero bytes). Changing, removing or
 * reordering any entry breaks every later link, so {@link Verifier} finds it.
 */
public final class AuditChain {

    /** What the first entry's hash follows. */
    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {}

    /** The hash of {@code entry} following {@code previous}. */
    public static byte[] link(byte[] previous, AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            return sha256.digest(entry.canonicalBytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The outcome of a verification: intact, or the first entry where the chain breaks and why. */
    public record Verification(boolean intact, long entries, Long firstBrokenSequence, String problem) {}

    /** Walks a chain entry by entry, in sequence order, so that a long log is verified page by page. */
    public static final class Verifier {

        private byte[] previous = GENESIS;
        private long expected = 1;
        private Long broken;
        private String problem;

        /** Checks the next entry; after the first break the rest is only counted. */
        public void accept(SealedEntry sealed) {
            if (broken == null) {
                if (sealed.sequence() != expected) {
                    fail(expected, "entry " + expected + " is missing");
                } else if (!Arrays.equals(link(previous, sealed.entry()), sealed.hash())) {
                    fail(sealed.sequence(), "entry " + sealed.sequence() + " does not match its hash");
                }
            }
            previous = sealed.hash();
            expected = sealed.sequence() + 1;
        }

        /**
         * The result, given the last sequence number and hash the chain's head recorded (null when
         * the organisation has no entries): entries cut off the end are found there.
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
            return new Verification(broken == null, seen, broken, problem);
        }

        private void fail(long sequence, String why) {
            broken = sequence;
            problem = why;
        }
    }
}
