package nl.vangnet.staff;

/** How a session's user stands now, checked on every request. */
enum SessionState {
    VALID, PASSWORD_CHANGE_REQUIRED, ENDED
}
