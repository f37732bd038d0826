/**
 * Letters from templates: the notice to a person that their data is registered (Wmo 2015 art. 5.3.1), the feedback to
 * the reporter (never the content) and the notice to the municipal executive after a request to the RvdK. A template's
 * body is XHTML with named placeholders, edited in beheer and kept in versions; a letter is rendered as PDF, addressed
 * and dated, and stored through {@link nl.vangnet.document.Documents#store} as a document of the dossier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
@nl.vangnet.platform.OwnsTables({"letter_template", "letter_template_version", "letter"})
package nl.vangnet.letter;
