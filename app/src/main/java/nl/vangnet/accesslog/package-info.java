/**
 * The access log (NEN 7513): one entry for every access to data about a dossier or person, allowed or denied,
 * written in the transaction of the access, append-only in PostgreSQL and hash-chained so tampering shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log")
@nl.vangnet.platform.OwnsTables({"access_log_entry", "access_log_head", "access_log_check", "integrity_alert"})
package nl.vangnet.accesslog;
