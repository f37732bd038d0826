package nl.vangnet.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The FG's filters on the register: a period on the date of disclosure (both ends inclusive), a recipient (part of
 * the organisation's or person's name, any case), a legal ground, a person, a kind of exchange; at most {@code limit}
 * rows, newest first.
 */
public record DisclosureQuery(LocalDate from, LocalDate to, String recipient, LegalGround ground, UUID personId,
        DisclosureKind kind, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;
}
