package nl.vangnet.research;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.CaseFacts;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.DossierTracks;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.ExternalSelections;
import nl.vangnet.dossier.ExternalSelections.Kind;
import nl.vangnet.dossier.ExternalSelections.Selection;
import nl.vangnet.staff.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research export of a researcher's own active selection: one row per person per dossier, pseudonymised. A row
 * holds a pseudonym and a household key drawn at random for this export only (never derived from the BSN or an id, so
 * two exports cannot be linked), the person's role, an age band ({@link AgeBand}) instead of the date of birth, and
 * only categorical case data: the types of violence, the follow-up tracks with their status, the dossier's status and
 * the month it was opened. No names, BSN, address, postcode, date of birth or free text; persons who objected to
 * research use are left out. Logged (EXPORT) once, with the selection's purpose.
 */
@Service
public class ResearchExport {

    /** The keys of a row, in order: the whole export holds nothing else. */
    public static final List<String> COLUMNS = List.of("pseudonym", "household", "role", "ageBand", "violenceTypes",
            "followUp", "dossierStatus", "openedMonth");

    private static final String KEY_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final int KEY_LENGTH = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** One person in one dossier. */
    public record Row(String pseudonym, String household, String role, String ageBand, List<String> violenceTypes,
            List<String> followUp, String dossierStatus, String openedMonth) {
    }

    private final ExternalSelections selections;
    private final Dossiers dossiers;
    private final ResearchObjections objections;
    private final ObjectProvider<CaseFacts> facts;
    private final ObjectProvider<DossierTracks> tracks;
    private final AccessLog accessLog;
    private final SecureRandom random = new SecureRandom();

    ResearchExport(ExternalSelections selections, Dossiers dossiers, ResearchObjections objections,
            ObjectProvider<CaseFacts> facts, ObjectProvider<DossierTracks> tracks, AccessLog accessLog) {
        this.selections = selections;
        this.dossiers = dossiers;
        this.objections = objections;
        this.facts = facts;
        this.tracks = tracks;
        this.accessLog = accessLog;
    }

    @Transactional
    public List<Row> export(UUID selectionId) {
        Selection selection = selections.requireActiveOwn(selectionId);
        if (selection.kind() != Kind.RESEARCH) {
            throw new AccessDeniedException("research export");
        }
        Map<UUID, String> pseudonyms = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<UUID> exportedDossiers = new ArrayList<>();
        Role role = Role.RESEARCHER;
        for (UUID dossierId : selections.dossierIdsOf(selectionId)) {
            Optional<DossierAccess> access = dossiers.access(dossierId)
                    .filter(a -> a.basis() == DossierAccess.Basis.EXTERNAL_SELECTION);
            Optional<DossierSummary> summary = dossiers.summary(dossierId);
            if (access.isEmpty() || summary.isEmpty()) {
                continue;
            }
            role = access.get().role();
            List<DossierView.InvolvedPerson> persons = dossiers.personsOf(dossierId);
            Set<UUID> objecting = objections.objecting(persons.stream().map(DossierView.InvolvedPerson::personId).toList());
            LocalDate opened = summary.get().openedOn();
            List<String> violence = facts.stream().flatMap(f -> f.factsOf(dossierId).violenceTypes().stream()).distinct().sorted()
                    .toList();
            List<String> followUp = tracks.stream().flatMap(t -> t.tracksOf(dossierId).stream())
                    .map(t -> t.kind() + ":" + t.status()).sorted().toList();
            String household = "H-" + randomKey();
            exportedDossiers.add(dossierId);
            for (DossierView.InvolvedPerson p : persons) {
                if (objecting.contains(p.personId())) {
                    continue;
                }
                String pseudonym = pseudonyms.computeIfAbsent(p.personId(), id -> "P-" + randomKey());
                rows.add(new Row(pseudonym, household, p.role().name(), AgeBand.of(p.dateOfBirth(), opened), violence, followUp,
                        summary.get().status().name(), opened == null ? null : opened.format(MONTH)));
            }
        }
        accessLog.allowed(AccessAction.EXPORT, role, exportedDossiers, pseudonyms.keySet(),
                "Onderzoeksexport (gepseudonimiseerd): " + selection.purpose());
        return rows;
    }

    /** Twelve random consonants: no digit and no vowel, so a key never spells a number, a date or a name. */
    private String randomKey() {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        for (int i = 0; i < KEY_LENGTH; i++) {
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}
