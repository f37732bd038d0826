/**
 * Follow-up tracks after the safety assessment. So far: the temporary restraining order (tijdelijk huisverbod).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up tracks")
package nl.vangnet.followup;
