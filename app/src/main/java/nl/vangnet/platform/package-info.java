/**
 * Technical foundation shared by every module: the database (embedded or external), the clock, request ids,
 * security headers, API conventions (version header, problem details, idempotency keys), one transaction per request,
 * the validation style ({@link nl.vangnet.platform.Checks}), the event publication registry's clean-up and the
 * installation mode; {@link nl.vangnet.platform.OwnsTables} declares which module owns which tables.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@nl.vangnet.platform.OwnsTables({"installation", "idempotent_request", "event_publication"})
package nl.vangnet.platform;
