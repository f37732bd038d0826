/**
 * The exchanges with a fixed shape (issue 12 §5): a signal to the Verwijsindex risicojongeren (VIR; ESAR in
 * Flevoland) holding only the child's BSN, Veilig Thuis's name and contact details and the date; the billing export
 * to a municipality (five columns: name, address, place of residence, BSN, services delivered); the transfer of a
 * dossier's reports and persons to another Veilig Thuis region, which closes the dossier here. Each checks the access,
 * then registers its disclosure ({@code disclosure.Disclosures.register}) in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchanges with a fixed shape")
@nl.vangnet.platform.OwnsTables({"vir_signal", "region_transfer"})
package nl.vangnet.exchange;
