package nl.vangnet.staff;

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
    APPLICATION_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
