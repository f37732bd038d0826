/**
 * Dossiers: one per household's concern, which persons are in it (with their role; who they are is the person
 * module's) and the workers assigned to it. Need to know is decided here, in one policy (assignment, substitution,
 * consultation, emergency access), for every module's read and write of a dossier, and written to the access log in
 * the same transaction. A report places its household in a dossier ({@link nl.vangnet.dossier.DossierOpening}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
@nl.vangnet.platform.OwnsTables(value = {"dossier", "dossier_person", "dossier_assignment", "substitute", "consultation", "emergency_access",
        "dossier_change", "external_selection", "external_selection_dossier", "own_statement"},
        published = {"dossier_ref", "dossier_worker"})
package nl.vangnet.dossier;
