package nl.vangnet.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.FreeText;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a dossier. An upload is checked (size, kind by content, persons), then scanned by clamd, and only
 * a clean file is stored; a generated document (a letter) is stored through {@link #store}. Listing needs need to
 * know; a file itself is opened only with access to the free text, and every download is logged.
 */
@Service
public class Documents {

    /** At most 25 MB per file (the multipart limits in application.properties allow exactly this much). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;
    public static final String UPLOAD = "UPLOAD";
    /** A letter the application made ({@code letter} module). */
    public static final String LETTER = "LETTER";
    /** The FG's decision on a rights request of a person of the dossier (issue 13): stored and opened by the FG. */
    public static final String RIGHTS_DECISION = "RIGHTS_DECISION";

    private static final Logger LOG = LoggerFactory.getLogger(Documents.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final PersonRestrictions restrictions;
    private final VirusScanner scanner;
    private final Clock clock;

    Documents(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, VirusScanner scanner,
            PersonRestrictions restrictions, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.restrictions = restrictions;
        this.scanner = scanner;
        this.clock = clock;
    }

    /** A document as a reader sees it (the file's name may say what it is about: free text). */
    public record Document(UUID id, UUID dossierId, String kind, @FreeText String fileName, String mediaType,
            long sizeBytes, String sha256, List<UUID> personIds, String storedBy, Instant storedAt) {
    }

    /** A file to be downloaded. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    /** Who adds documents: who works on the case. */
    public static boolean mayAdd(DossierAccess access) {
        return access.worksOnCase();
    }

    /** Who opens a document: whoever may read the dossier's free text. */
    public static boolean mayOpen(DossierAccess access) {
        return access.freeText();
    }

    /**
     * Letters are also the secretariaat's work (DOMAIN.md: administrative staff make letters): who may make them, and
     * open them, is who works on the case or has administrative access. A letter holds names, an address, dates, the
     * dossier's reference and fixed text, never what someone said or wrote.
     */
    public static boolean mayHandleLetters(DossierAccess access) {
        return access.worksOnCase() || access.basis() == DossierAccess.Basis.ADMINISTRATIVE;
    }

    private static boolean mayOpen(DossierAccess access, String kind) {
        return mayOpen(access) || (LETTER.equals(kind) && mayHandleLetters(access));
    }

    /**
     * Stores an uploaded file about the given persons (or the whole household), after clamd found it clean: too large
     * is 413, a virus 422, no scanner 503, a wrong kind or person 400; in each case nothing is stored.
     */
    @Transactional
    public Document upload(UUID dossierId, String fileName, byte[] content, List<String> personIds, Boolean household) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE, Documents::mayAdd);
        dossiers.requireOpen(dossierId);
        if (content != null && content.length > MAX_BYTES) {
            throw new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot", "Een bestand is ten hoogste 25 MB.");
        }
        Checks v = new Checks();
        String name = FileTypes.safeName(fileName);
        if (content == null || content.length == 0) {
            v.reject("file", "Kies een bestand.");
        } else if (name == null || name.isBlank()) {
            v.reject("file", "Het bestand heeft geen naam.");
        }
        Set<UUID> about = persons(v, dossierId, personIds, household);
        v.throwIfInvalid();
        restrictions.requireNotRestricted(about);
        VirusScanner.Verdict verdict;
        try {
            verdict = scanner.scan(content);
        } catch (VirusScanner.Unavailable e) {
            LOG.error("Upload to dossier {} refused: the virus scanner is not reachable ({})", dossierId, e.getMessage());
            throw new UploadRefused(HttpStatus.SERVICE_UNAVAILABLE, "Virusscanner niet bereikbaar",
                    "Het bestand is niet opgeslagen: de virusscanner is niet bereikbaar. Probeer het later opnieuw.");
        }
        if (!verdict.clean()) {
            LOG.warn("Upload to dossier {} by user {} refused: virus {} found ({} bytes)", dossierId,
                    CurrentStaff.get().id(), verdict.signature(), content.length);
            throw new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, "Virus gevonden",
                    "In het bestand is een virus gevonden (" + verdict.signature() + "); het is niet opgeslagen.");
        }
        // The kind is checked on what was scanned, so that a virus is found (and logged) whatever its name says.
        String mediaType = FileTypes.mediaType(name, content).orElseThrow(() -> Checks.refusal("file",
                "Dit soort bestand wordt niet aangenomen, of de inhoud past niet bij de naam: alleen " + FileTypes.ALLOWED + "."));
        UUID id = insert(dossierId, UPLOAD, name, mediaType, content, about);
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), about, access.logReason());
        return access.present(find(dossierId, id));
    }

    /**
     * Stores a document the application made (a letter), about these persons of the dossier, for the current staff
     * member who works on the case; logged. It is not scanned: it did not come from outside.
     */
    @Transactional
    public Document store(UUID dossierId, String fileName, String mediaType, byte[] content, List<UUID> personIds, String kind) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE,
                LETTER.equals(kind) ? Documents::mayHandleLetters : Documents::mayAdd);
        dossiers.requireOpen(dossierId);
        List<UUID> inDossier = dossiers.personIdsOf(dossierId);
        if (content == null || content.length == 0 || content.length > MAX_BYTES || kind == null || !kind.matches("[A-Z_]{1,40}")
                || !inDossier.containsAll(personIds)) {
            throw new IllegalArgumentException("Not a document for dossier " + dossierId);
        }
        restrictions.requireNotRestricted(personIds);
        UUID id = insert(dossierId, kind, FileTypes.safeName(fileName), mediaType, content, new LinkedHashSet<>(personIds));
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), personIds, access.logReason());
        return access.present(find(dossierId, id));
    }

    /**
     * Stores the FG's decision letter on a rights request (a PDF the application made) about these persons, with the
     * FG's access for the request ({@code Dossiers.requireDataProtection}); also on a closed dossier, since a person
     * may use their rights after the case is closed. Logged as the document's CREATE.
     */
    @Transactional
    public Document storeRightsDecision(UUID dossierId, String fileName, byte[] pdf, List<UUID> personIds) {
        DossierAccess access = dossiers.requireDataProtection(dossierId, AccessAction.CREATE);
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_BYTES || !dossiers.personIdsOf(dossierId).containsAll(personIds)) {
            throw new IllegalArgumentException("Not a decision letter for dossier " + dossierId);
        }
        // Answering a person's request is not a change of the case: the dossier's retention end stays where it was.
        UUID id = insert(dossierId, RIGHTS_DECISION, FileTypes.safeName(fileName), "application/pdf", pdf,
                new LinkedHashSet<>(personIds));
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), personIds, access.logReason());
        return access.present(find(dossierId, id));
    }

    /** A decision letter on a rights request, for the FG (no other document of the dossier); logged. */
    @Transactional
    public Download downloadRightsDecision(UUID dossierId, UUID documentId) {
        DossierAccess access = dossiers.requireDataProtection(dossierId, AccessAction.READ);
        Document document = find(dossierId, documentId);
        if (!RIGHTS_DECISION.equals(document.kind())) {
            accessLog.denied(AccessAction.READ, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("document");
        }
        byte[] content = jdbc.sql("SELECT content FROM document WHERE id = :id AND dossier_id = :d")
                .param("id", documentId).param("d", dossierId).query(byte[].class).single();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), document.personIds(), access.logReason());
        return new Download(document.fileName(), document.mediaType(), content);
    }

    @Transactional
    public List<Document> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<Document> list = list(dossierId, null);
        Set<UUID> persons = new LinkedHashSet<>();
        list.forEach(d -> persons.addAll(d.personIds()));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), persons, access.logReason());
        return access.present(list);
    }

    /** The file, for who may open it; an id of another dossier's document is not found here. */
    @Transactional
    public Download download(UUID dossierId, UUID documentId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ,
                a -> mayOpen(a) || mayHandleLetters(a));
        Document document = find(dossierId, documentId);
        if (!mayOpen(access, document.kind())) {
            accessLog.denied(AccessAction.READ, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("document");
        }
        byte[] content = jdbc.sql("SELECT content FROM document WHERE id = :id AND dossier_id = :d")
                .param("id", documentId).param("d", dossierId).query(byte[].class).single();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), document.personIds(), access.logReason());
        return new Download(document.fileName(), document.mediaType(), content);
    }

    private Set<UUID> persons(Checks v, UUID dossierId, List<String> personIds, Boolean household) {
        List<UUID> inDossier = dossiers.personIdsOf(dossierId);
        List<String> given = personIds == null ? List.of() : personIds.stream().filter(p -> p != null && !p.isBlank()).toList();
        if (Boolean.TRUE.equals(household)) {
            if (!given.isEmpty()) {
                v.reject("personIds", "Kies personen of het hele huishouden, niet allebei.");
            }
            return new LinkedHashSet<>(inDossier);
        }
        if (given.isEmpty()) {
            v.reject("personIds", "Kies over wie het document gaat: een of meer personen, of het hele huishouden.");
        }
        Set<UUID> about = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            UUID person = v.id("personIds[" + i + "]", given.get(i), null);
            if (person != null && !inDossier.contains(person)) {
                v.reject("personIds[" + i + "]", "Deze persoon hoort niet bij dit dossier.");
            } else if (person != null) {
                about.add(person);
            }
        }
        return about;
    }

    private UUID insert(UUID dossierId, String kind, String name, String mediaType, byte[] content, Set<UUID> about) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO document (id, dossier_id, kind, file_name, media_type, size_bytes, sha256, content, stored_by, stored_at)
                VALUES (:id, :d, :kind, :name, :type, :size, :sha, :content, :by, :now)""")
                .param("id", id).param("d", dossierId).param("kind", kind).param("name", name).param("type", mediaType)
                .param("size", content.length).param("sha", sha256(content)).param("content", content)
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant())).update();
        for (UUID person : about) {
            jdbc.sql("INSERT INTO document_person (document_id, person_id) VALUES (:doc, :p)")
                    .param("doc", id).param("p", person).update();
        }
        return id;
    }

    private Document find(UUID dossierId, UUID id) {
        return list(dossierId, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Dit document bestaat niet in dit dossier."));
    }

    private List<Document> list(UUID dossierId, UUID id) {
        Map<UUID, List<UUID>> about = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.document_id, p.person_id FROM document_person p JOIN document d ON d.id = p.document_id
                WHERE d.dossier_id = :d""").param("d", dossierId)
                .query((rs, n) -> about.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return jdbc.sql("""
                SELECT d.id, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256, d.stored_at, u.display_name
                FROM document d LEFT JOIN staff_name u ON u.id = d.stored_by
                WHERE d.dossier_id = :d AND (CAST(:id AS uuid) IS NULL OR d.id = :id) ORDER BY d.stored_at DESC""")
                .param("d", dossierId).param("id", id)
                .query((rs, n) -> new Document(rs.getObject("id", UUID.class), dossierId, rs.getString("kind"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), List.copyOf(about.getOrDefault(rs.getObject("id", UUID.class), List.of())),
                        rs.getString("display_name"), rs.getTimestamp("stored_at").toInstant())).list();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
