package nl.vangnet.document;

import org.springframework.http.HttpStatus;

/**
 * An upload that is refused for what the file is, not for a field typed wrongly: too large (413), a virus found
 * (422), or no virus scanner that answers (503). Nothing is stored.
 */
public class UploadRefused extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    UploadRefused(HttpStatus status, String title, String dutchDetail) {
        super(dutchDetail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
