/**
 * The safety assessment (veiligheidsbeoordeling) of a verified report: information gathered, acute and structural
 * unsafety, risk factors and the follow-up decision, confirmed by a gedragswetenschapper (four eyes) before it takes
 * effect (FollowUpDecided starts the track in the follow-up module, in the confirming transaction); informing the
 * reporter and household; the share of assessments within their statutory period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety assessment")
@nl.vangnet.platform.OwnsTables({"assessment", "assessment_source", "informing", "risk_factor"})
package nl.vangnet.assessment;
