/**
 * Intake: first contact, advice requests, reports (melding) up to a verified report, with the statutory deadline of
 * the safety assessment, and the work list of what waits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package nl.vangnet.intake;
