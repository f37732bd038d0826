/**
 * The safety assessment (veiligheidsbeoordeling) of a verified report: information gathered, acute and structural
 * unsafety, risk factors and the follow-up decision, confirmed by a gedragswetenschapper (four eyes) before it takes
 * effect; then the dossier's track and its first deadline, informing the reporter and household, and the statutory
 * notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety assessment")
@nl.vangnet.platform.OwnsTables({"assessment", "assessment_source", "informing", "risk_factor"})
package nl.vangnet.assessment;
