package nl.vangnet.inforequest;

/**
 * Where a request stands, in this order: approved; the mail with the link failed (send a new link); the link locked
 * after {@value AccessLinks#MAX_WRONG_CODES} wrong codes; the link expired; waiting for the professional.
 */
public enum RequestStatus {
    AWAITING_PROFESSIONAL, MAIL_FAILED, LINK_LOCKED, LINK_EXPIRED, APPROVED
}
