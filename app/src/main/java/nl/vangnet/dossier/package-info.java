/**
 * Dossiers: one per household's concern, with the persons in it and the workers assigned to it. Every read of a
 * dossier is authorised here (need to know) and written to the access log in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package nl.vangnet.dossier;
