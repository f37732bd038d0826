/**
 * The access log (NEN 7513): one entry for every access to data about a dossier or person, allowed or denied,
 * written in the transaction of the access, append-only in PostgreSQL and hash-chained so tampering shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log")
package nl.vangnet.accesslog;
