/**
 * Intake: first contact, advice requests, reports (melding) up to a verified report, with the statutory deadline of
 * the safety assessment; intake's part of the work list (reports to verify and assess, call backs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
@nl.vangnet.platform.OwnsTables(value = {"advice_request", "advice_request_person", "advice_contact", "report", "report_person", "report_correction"},
        published = {"report_due"})
package nl.vangnet.intake;
