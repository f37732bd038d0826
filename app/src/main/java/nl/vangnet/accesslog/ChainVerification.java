package nl.vangnet.accesslog;

/** The outcome of checking the whole chain: {@code firstBrokenEntry} is the first sequence number that fails. */
public record ChainVerification(boolean valid, long checked, Long firstBrokenEntry) {
}
