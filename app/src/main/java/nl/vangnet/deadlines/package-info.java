/**
 * Termijnen: one view of every deadline across the tracks (assessment, investigation, monitoring contacts, the end of
 * a restraining order, notices), for a worker and for the team, overdue first; for the teamleider the shares finished
 * in time against the sector norms (assessments 90%, investigations 80%).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines across tracks")
@nl.vangnet.platform.OwnsTables({})
package nl.vangnet.deadlines;
