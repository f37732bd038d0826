package nl.vangnet.rights;

/**
 * How the worker made sure of the requester's identity (message key {@code rights.identity.<CHECK>}). Only that it
 * was checked, with which kind of document and by whom, is kept: never the document or a copy of it.
 */
public enum IdentityCheck {
    /** An identity document was shown in person. */
    ID_DOCUMENT_SHOWN,
    /** A copy of an identity document was sent and checked (required for a copy request), then not kept. */
    ID_COPY_CHECKED,
    /** The worker knows the requester from the case. */
    KNOWN_TO_WORKER;

    /** Which kinds of identity document count (message key {@code rights.document.<TYPE>}). */
    public enum DocumentType {
        PASSPORT, IDENTITY_CARD, DRIVING_LICENCE, RESIDENCE_PERMIT
    }

    /** How the requester was told of an extension (message key {@code rights.told.<HOW>}). */
    public enum Told {
        LETTER, EMAIL, PHONE, IN_PERSON
    }
}
