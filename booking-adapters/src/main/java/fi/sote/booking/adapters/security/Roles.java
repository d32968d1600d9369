package fi.sote.booking.adapters.security;

/** The roles of DOMAIN.md section 3, as they appear in the token's role claim. */
public final class Roles {

    public static final String CLIENT = "client";
    public static final String COUNSELLOR = "counsellor";
    public static final String PROFESSIONAL = "professional";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMINISTRATOR = "administrator";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
