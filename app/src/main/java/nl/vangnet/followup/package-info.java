/**
 * Follow-up tracks after the safety assessment. So far: the temporary restraining order (tijdelijk huisverbod).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up tracks")
@nl.vangnet.platform.OwnsTables({"follow_up_track", "investigation_conclusion", "investigation_conversation", "safety_condition", "monitoring_contact", "monitoring_check", "restraining_order", "restraining_order_extension", "aware_application", "crisis_intervention", "crisis_professional"})
package nl.vangnet.followup;
