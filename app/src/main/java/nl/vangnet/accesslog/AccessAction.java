package nl.vangnet.accesslog;

/** What was done with the data, as the access log records it. */
public enum AccessAction {
    READ, LIST, CREATE, UPDATE, SEARCH, EXPORT, PRINT, ACCESS_LOG_READ, ACCESS_LOG_VERIFY, EMERGENCY_ACCESS, ASSIGN,
    /** Data left the organisation: a disclosure to a party outside Veilig Thuis (registered with its legal ground). */
    DISCLOSE,
    /** A dossier was destroyed (after its retention period or on a granted request); the log keeps its ids. */
    DESTROY
}
