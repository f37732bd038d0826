/**
 * Follow-up after the safety assessment: the tracks as one state machine ({@link nl.vangnet.followup.TrackStateMachine}:
 * investigation, conditions and monitoring, handover, request to the RvdK, crisis), started by the confirmed decision;
 * crisis interventions, the temporary restraining order (tijdelijk huisverbod) and AWARE.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up tracks")
@nl.vangnet.platform.OwnsTables({"follow_up_track", "investigation_conclusion", "investigation_conversation", "safety_condition", "monitoring_contact", "monitoring_check", "restraining_order", "restraining_order_extension", "aware_application", "crisis_intervention", "crisis_professional"})
package nl.vangnet.followup;
