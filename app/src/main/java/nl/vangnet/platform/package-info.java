/**
 * Technical foundation shared by every module: the database (embedded or external), the clock, request ids,
 * security headers, API conventions (version header, problem details) and the installation mode.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@nl.vangnet.platform.OwnsTables({"installation", "idempotent_request", "event_publication"})
package nl.vangnet.platform;
