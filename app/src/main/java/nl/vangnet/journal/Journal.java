package nl.vangnet.journal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.FreeText;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a dossier: written by who works on the case ({@link DossierAccess#worksOnCase()}), read by whoever
 * has need to know (administrative access without the free text). An entry is never changed: a correction is a new
 * entry naming the one it corrects, and the list shows each entry with its corrections.
 */
@Service
public class Journal {

    static final String KINDS = "PHONE_CALL, HOME_VISIT, OFFICE_CONVERSATION, CONSULTATION, LETTER, EMAIL of OTHER";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final PersonRestrictions restrictions;
    private final Clock clock;

    Journal(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, PersonRestrictions restrictions, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    public record NewEntry(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time",
                    description = Checks.MOMENT_RANGE + " Niet in de toekomst.", example = "2026-05-11T14:30:00+02:00")
            @Size(max = 40) String occurredAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"PHONE_CALL", "HOME_VISIT",
                    "OFFICE_CONVERSATION", "CONSULTATION", "LETTER", "EMAIL", "OTHER"}, example = "HOME_VISIT") String kind,
            @Schema(description = "Met wie het contact was", example = "Moeder en de oudste dochter")
            @Size(max = Checks.MAX_SHORT_TEXT) String withWhom,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Huisbezoek: moeder vertelt dat vader sinds een week bij zijn broer verblijft; de kinderen slapen weer goed.")
            @Size(max = Checks.MAX_TEXT) String summary,
            @ArraySchema(arraySchema = @Schema(description = "Over welke personen van het dossier (een of meer), tenzij household true is"),
                    schema = @Schema(format = "uuid", maxLength = 36, example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41"))
            List<String> personIds,
            @Schema(description = "true: over het hele huishouden (alle personen van het dossier)", example = "false") Boolean household,
            @Schema(format = "uuid", maxLength = 36, description = "De aantekening die deze verbetert (een verbetering is een nieuwe aantekening)")
            String corrects) {
    }

    /** An entry as a reader sees it: with the corrections that were added to it, oldest first. */
    public record Entry(UUID id, UUID dossierId, Instant occurredAt, JournalKind kind, @FreeText String withWhom,
            @FreeText String summary, boolean household, List<UUID> personIds, UUID corrects, String writtenBy,
            Instant writtenAt, List<Entry> corrections) {
    }

    /** Who writes in the journal: who works on the case. */
    public static boolean mayWrite(DossierAccess access) {
        return access.worksOnCase();
    }

    @Transactional
    public Entry write(UUID dossierId, NewEntry in) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.CREATE, Journal::mayWrite);
        dossiers.requireOpen(dossierId);
        Checks v = new Checks();
        Instant occurredAt = v.instant("occurredAt", in.occurredAt(), clock.instant(),
                "Vul in wanneer het contact was.", "Het contact ligt in de toekomst.");
        JournalKind kind = v.enumValue("kind", in.kind(), JournalKind.class, "Kies het soort contact: " + KINDS + ".", true);
        String withWhom = v.text("withWhom", in.withWhom(), Checks.MAX_SHORT_TEXT);
        String summary = v.required("summary", in.summary(), "Vat samen wat er besproken of gedaan is.");
        List<UUID> inDossier = dossiers.personIdsOf(dossierId);
        boolean household = Boolean.TRUE.equals(in.household());
        Set<UUID> about = new LinkedHashSet<>(v.each("personIds", in.personIds(), i -> id -> {
            UUID person = v.id("personIds[" + i + "]", id, "Een leeg element is niet toegestaan.");
            if (person != null && !inDossier.contains(person)) {
                v.reject("personIds[" + i + "]", "Deze persoon hoort niet bij dit dossier.");
            }
            return person;
        }));
        about.remove(null);
        if (household && in.personIds() != null && !in.personIds().isEmpty()) {
            v.reject("personIds", "Kies personen of het hele huishouden, niet allebei.");
        } else if (!household && (in.personIds() == null || in.personIds().isEmpty())) {
            v.reject("personIds", "Kies over wie de aantekening gaat: een of meer personen, of het hele huishouden.");
        }
        UUID corrects = v.id("corrects", in.corrects(), null);
        if (corrects != null) {
            List<UUID[]> found = jdbc.sql("SELECT dossier_id, corrects_id FROM journal_entry WHERE id = :id").param("id", corrects)
                    .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
            if (found.isEmpty() || !found.getFirst()[0].equals(dossierId)) {
                v.reject("corrects", "Deze aantekening bestaat niet in dit dossier.");
            } else if (found.getFirst()[1] != null) {
                v.reject("corrects", "Verbeter de oorspronkelijke aantekening, niet een verbetering.");
            }
        }
        v.throwIfInvalid();
        if (household) {
            about = new LinkedHashSet<>(inDossier);
        }
        restrictions.requireNotRestricted(about);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO journal_entry (id, dossier_id, occurred_at, kind, with_whom, summary, whole_household,
                    corrects_id, written_by, written_at)
                VALUES (:id, :d, :at, :kind, :with, :summary, :household, :corrects, :by, :now)""")
                .param("id", id).param("d", dossierId).param("at", Timestamp.from(occurredAt)).param("kind", kind.name())
                .param("with", withWhom).param("summary", summary).param("household", household)
                .param("corrects", corrects).param("by", CurrentStaff.get().id()).param("now", Timestamp.from(now)).update();
        for (UUID person : about) {
            jdbc.sql("INSERT INTO journal_entry_person (entry_id, person_id) VALUES (:e, :p)")
                    .param("e", id).param("p", person).update();
        }
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), about, access.logReason());
        return access.present(entries(dossierId, null).stream()
                .flatMap(e -> Stream.concat(Stream.of(e), e.corrections().stream()))
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow());
    }

    /**
     * The journal of the dossier, newest first, each entry with its corrections; with a person, only the entries
     * about that person (a correction is shown with the entry it corrects).
     */
    @Transactional
    public List<Entry> ofDossier(UUID dossierId, UUID personId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<Entry> list = entries(dossierId, personId);
        Set<UUID> persons = new HashSet<>();
        list.forEach(e -> {
            persons.addAll(e.personIds());
            e.corrections().forEach(c -> persons.addAll(c.personIds()));
        });
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), persons, access.logReason());
        return access.present(list);
    }

    /** One entry (or correction) of the dossier, with its corrections. */
    @Transactional
    public Entry entry(UUID dossierId, UUID entryId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        Entry entry = entries(dossierId, null).stream()
                .flatMap(e -> Stream.concat(Stream.of(e), e.corrections().stream()))
                .filter(e -> e.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Deze aantekening bestaat niet in dit dossier."));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), entry.personIds(), access.logReason());
        return access.present(entry);
    }

    private List<Entry> entries(UUID dossierId, UUID personId) {
        Map<UUID, List<UUID>> about = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.entry_id, p.person_id FROM journal_entry_person p JOIN journal_entry e ON e.id = p.entry_id
                WHERE e.dossier_id = :d""").param("d", dossierId)
                .query((rs, n) -> about.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        List<Entry> all = jdbc.sql("""
                SELECT e.*, u.display_name FROM journal_entry e JOIN staff_name u ON u.id = e.written_by
                WHERE e.dossier_id = :d ORDER BY e.occurred_at DESC, e.written_at DESC""").param("d", dossierId)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), dossierId,
                        rs.getTimestamp("occurred_at").toInstant(), JournalKind.valueOf(rs.getString("kind")),
                        rs.getString("with_whom"), rs.getString("summary"), rs.getBoolean("whole_household"),
                        List.copyOf(about.getOrDefault(rs.getObject("id", UUID.class), List.of())),
                        rs.getObject("corrects_id", UUID.class), rs.getString("display_name"),
                        rs.getTimestamp("written_at").toInstant(), List.of())).list();
        Map<UUID, List<Entry>> corrections = new LinkedHashMap<>();
        all.reversed().stream().filter(e -> e.corrects() != null)
                .forEach(e -> corrections.computeIfAbsent(e.corrects(), k -> new ArrayList<>()).add(e));
        return all.stream().filter(e -> e.corrects() == null)
                .filter(e -> personId == null || e.personIds().contains(personId)
                        || corrections.getOrDefault(e.id(), List.of()).stream().anyMatch(c -> c.personIds().contains(personId)))
                .map(e -> new Entry(e.id(), e.dossierId(), e.occurredAt(), e.kind(), e.withWhom(), e.summary(),
                        e.household(), e.personIds(), null, e.writtenBy(), e.writtenAt(),
                        List.copyOf(corrections.getOrDefault(e.id(), List.of()))))
                .toList();
    }
}
