package nl.vangnet.accesslog;

public enum AccessOutcome {
    ALLOWED, DENIED
}
