package nl.vangnet.staff;

/** A person logs in with password and second factor; a service account only uses API tokens. */
public enum StaffKind {
    PERSON, SERVICE_ACCOUNT
}
