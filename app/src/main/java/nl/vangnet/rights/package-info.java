/**
 * The rights of the persons in a dossier (AVG; Wmo 2015 art. 5.3.2-5.3.5; DOMAIN.md "Rights of the persons in a
 * dossier"): a request for inspection, a copy, correction, an own statement, destruction, restriction, objection or a
 * complaint, taken in by a worker on a dossier of the person, admitted by the table of who may ask for whom
 * ({@link nl.vangnet.rights.WhoMayAsk}), decided by the FG within one month (once extendable by two months,
 * {@link nl.vangnet.rights.RightsDeadline}) with a decision letter stored as a document of the dossier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rights")
@nl.vangnet.platform.OwnsTables({"rights_request"})
package nl.vangnet.rights;
