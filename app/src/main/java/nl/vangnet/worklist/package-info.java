/**
 * The werkvoorraad: everything a worker (or their team) must do by a date, in one list. Intake gives the reports to
 * verify and to assess and the advice requests to call back; every later module contributes its own due work as
 * {@link nl.vangnet.worklist.WorkListSources} (notices, an investigation's due date, monitoring contacts, the end of a
 * restraining order, crisis interventions awaiting their follow-up).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work list")
@nl.vangnet.platform.OwnsTables({})
package nl.vangnet.worklist;
