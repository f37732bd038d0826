/**
 * The dossier's journal: contacts and notes (a phone call, a home visit, a consultation...), when, with whom, what
 * was said or done, and which persons of the dossier each is about. Written by the dossier's workers; an entry is
 * never changed or deleted: a correction is a new entry that names the one it corrects and is shown with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal")
@nl.vangnet.platform.OwnsTables({"journal_entry", "journal_entry_person"})
package nl.vangnet.journal;
