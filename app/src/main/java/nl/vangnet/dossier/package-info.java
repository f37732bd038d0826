/**
 * Dossiers: one per household's concern, with the persons in it and the workers assigned to it. Every read of a
 * dossier is authorised here (need to know) and written to the access log in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
@nl.vangnet.platform.OwnsTables(value = {"dossier", "dossier_person", "dossier_assignment", "substitute", "consultation", "emergency_access"},
        published = {"dossier_ref", "dossier_worker"})
package nl.vangnet.dossier;
