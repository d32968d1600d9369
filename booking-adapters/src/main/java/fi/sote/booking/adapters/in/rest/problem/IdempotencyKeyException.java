package fi.sote.booking.adapters.in.rest.problem;

/** A request repeats an Idempotency-Key that is still in use (409) or was used for a different request (422). */
public final class IdempotencyKeyException extends RuntimeException {

    private final boolean reused;

    private IdempotencyKeyException(String detail, boolean reused) {
        super(detail, null, false, false);
        this.reused = reused;
    }

    public static IdempotencyKeyException inUse() {
        return new IdempotencyKeyException("The first request with this key has not finished; retry later", false);
    }

    public static IdempotencyKeyException usedForAnotherRequest() {
        return new IdempotencyKeyException("The key was first used with a different request; use a new key", true);
    }

    public boolean isReuse() {
        return reused;
    }
}
