package fi.sote.booking.adapters.in.rest.problem;

/**
 * Names, on a resource method, the codes of the rejections its operation may answer, space-separated, beyond those
 * every operation of its kind answers (validation, not-found, stale-version, ...):
 * {@code @Extension(name = ProblemCodes.EXTENSION, value = "slot-taken group-full")}. The contract lists on each
 * problem response of the operation the codes it may carry ({@link SharedResponsesInContract}); a code the service
 * does not have, or one whose status the operation does not declare, fails the build.
 */
public final class ProblemCodes {

    public static final String EXTENSION = "x-problem-codes";

    private ProblemCodes() {}
}
