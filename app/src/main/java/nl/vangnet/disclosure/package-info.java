/**
 * The register of disclosures: every exchange of personal data with a party outside Veilig Thuis (a handover, a
 * request to the RvdK, the notice to B&W, an information request, a VIR signal, a billing export, a transfer to
 * another region, any other exchange), with the date, the recipient, the persons it is about, the data items sent,
 * the legal ground from a closed list (DOMAIN.md "Exchanging data") and who decided. Without a ground nothing is sent.
 * The register is never changed; the FG reads it, and each person's overview lists the recipients of their data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosures")
@nl.vangnet.platform.OwnsTables({"disclosure", "disclosure_person"})
package nl.vangnet.disclosure;
