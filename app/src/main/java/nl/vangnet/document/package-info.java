/**
 * The dossier's documents: uploaded files (PDF, images, office documents) and the letters the application makes,
 * each about persons of the dossier, scanned for viruses by clamd before they are stored in the database with their
 * SHA-256 checksum; every download is checked for need to know and logged. {@link nl.vangnet.document.Documents#store}
 * is how another module stores a document it made.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
@nl.vangnet.platform.OwnsTables({"document", "document_person"})
package nl.vangnet.document;
