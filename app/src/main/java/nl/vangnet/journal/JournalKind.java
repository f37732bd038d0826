package nl.vangnet.journal;

/** What kind of contact or note a journal entry records. */
public enum JournalKind {
    PHONE_CALL, HOME_VISIT, OFFICE_CONVERSATION, CONSULTATION, LETTER, EMAIL, OTHER
}
