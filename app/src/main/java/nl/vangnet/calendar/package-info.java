/**
 * Working days and statutory periods after the Algemene termijnenwet (Atw): the one calendar every deadline in the
 * product uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar (Algemene termijnenwet)")
@nl.vangnet.platform.OwnsTables({"decree_holiday"})
package nl.vangnet.calendar;
