package nl.vangnet.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The staff roles of DOMAIN.md. A user has one or more. Dutch names are in the message bundles (role.*). */
public enum Role {
    /** medewerker */
    CASE_WORKER,
    /** gedragswetenschapper */
    BEHAVIOURAL_SCIENTIST,
    /** jurist */
    LEGAL_ADVISOR,
    /** vertrouwensarts */
    CONFIDENTIAL_DOCTOR,
    /** crisisdienst */
    CRISIS_WORKER,
    /** secretariaat */
    SECRETARIAT,
    /** teamleider */
    TEAM_LEADER,
    /** functionaris gegevensbescherming (FG) */
    DATA_PROTECTION_OFFICER,
    /** applicatiebeheer */
    APPLICATION_ADMIN,
    /** onderzoeker (extern: alleen een onderzoeksselectie, tijdelijk) */
    RESEARCHER,
    /** accountant (extern: alleen een steekproef, tijdelijk) */
    ACCOUNTANT,
    /** inspectie (IGJ / Justitie en Veiligheid; extern: alleen een onderzoek, tijdelijk) */
    INSPECTORATE,
    /** (Kinder)ombudsman (extern: alleen een onderzoek, tijdelijk) */
    OMBUDSMAN;

    /** The roles of external parties: time-boxed, never in a team, only the dossiers selected for them, read-only. */
    public static final Set<Role> EXTERNAL = Collections.unmodifiableSet(EnumSet.of(RESEARCHER, ACCOUNTANT, INSPECTORATE, OMBUDSMAN));

    public boolean external() {
        return EXTERNAL.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
