/**
 * Statutory notices a dossier owes by a date: telling the persons their data is registered (Wmo 2015 art. 5.3.1)
 * and informing B&W after a request to the RvdK. Registering a report, an assessment or a track's decision makes one
 * fall due; an open notice shows in the work list and keeps the dossier from closing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
@nl.vangnet.platform.OwnsTables({"dossier_task", "dossier_task_extension"})
package nl.vangnet.notice;
