package nl.vangnet.accesslog;

/** What was done with the data, as the access log records it. */
public enum AccessAction {
    READ, LIST, CREATE, UPDATE, SEARCH, EXPORT, PRINT, ACCESS_LOG_READ, ACCESS_LOG_VERIFY, EMERGENCY_ACCESS, ASSIGN
}
