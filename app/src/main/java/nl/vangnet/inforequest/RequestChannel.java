package nl.vangnet.inforequest;

/** How the professional delivers: by phone (the worker records, the professional checks) or in writing. */
public enum RequestChannel {
    PHONE, WRITING
}
