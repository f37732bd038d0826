package nl.vangnet.platform;

/** A requested thing does not exist (or the caller may not know it exists). Answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String dutchMessage) {
        super(dutchMessage);
    }
}
