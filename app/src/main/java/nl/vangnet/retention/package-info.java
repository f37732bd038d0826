/**
 * Retention and destruction (issue 13 §4): a monthly list of the closed dossiers past their retention end (Wmo 2015
 * art. 5.3.4: 20 years after the last change) that are not under a legal hold, and a list of one dossier for every
 * granted request to destroy (Wmo 2015 art. 5.3.2-5.3.5: executed within three months of the request's receipt);
 * approved (or rejected, or a dossier taken off with a reason) by the FG or a teamleider the FG mandated, and then
 * executed: {@link nl.vangnet.dossier.DossierDestruction} removes the dossier's content and its persons' data in every
 * module in one transaction, and a destruction record keeps the fact (reference, date, legal basis, who approved; no
 * content, no names). The access log is left intact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
@nl.vangnet.platform.OwnsTables({"legal_hold", "destruction_mandate", "destruction_list", "destruction_list_item",
        "destruction_record"})
package nl.vangnet.retention;
