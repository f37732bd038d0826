package nl.vangnet.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.Redaction;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as people use it: a worker on the case registers any other exchange of the dossier's data (kind
 * {@code OTHER}) and sees the dossier's disclosures; the FG reads the whole register, filtered; the FG and staff with
 * access to a dossier the person is in see what was disclosed about a person (AVG art. 15: the recipients). Every
 * read and every refusal is logged.
 */
@Service
public class DisclosureRegister {

    private final Disclosures disclosures;
    private final DisclosureRows rows;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final Clock clock;

    DisclosureRegister(Disclosures disclosures, DisclosureRows rows, Dossiers dossiers, AccessLog accessLog, Clock clock) {
        this.disclosures = disclosures;
        this.rows = rows;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Who registers an exchange of the dossier's data: who works on the case. */
    public static boolean mayRegister(DossierAccess access) {
        return access.worksOnCase();
    }

    /** A page of the register: the rows, and whether there were more than the limit. */
    public record Listing(List<DisclosureView> disclosures, boolean truncated) {
    }

    /** Registers any other exchange of the dossier's data; refused without a legal ground, nothing stored. */
    @Transactional
    public DisclosureView registerOther(UUID dossierId, DisclosureInput in) {
        dossiers.requireAccess(dossierId, AccessAction.DISCLOSE, DisclosureRegister::mayRegister);
        Checks v = new Checks();
        LegalGround ground = v.enumValue("legalGround", in.legalGround(), LegalGround.class, Disclosures.NO_GROUND, true);
        Set<DataItem> items = new LinkedHashSet<>(v.each("dataItems", in.dataItems(),
                i -> item -> v.enumValue("dataItems[" + i + "]", item, DataItem.class,
                        "Kies gegevens uit de lijst: " + DisclosureLabels.ITEMS, true)));
        items.remove(null);
        List<UUID> persons = new ArrayList<>(v.each("personIds", in.personIds(),
                i -> id -> v.id("personIds[" + i + "]", id, "Een leeg element is niet toegestaan.")));
        persons.remove(null);
        LocalDate on = v.pastDate("disclosedOn", in.disclosedOn(), DutchTime.today(clock),
                "Vul in wanneer de gegevens zijn verstrekt.");
        NewDisclosure d = new NewDisclosure(dossierId, DisclosureKind.OTHER, null, on, in.recipientOrganisation(),
                in.recipientPerson(), ground, items, persons, in.description());
        Disclosures.check(d, dossiers.personIdsOf(dossierId), DutchTime.today(clock), v);
        v.throwIfInvalid();
        dossiers.requireOpen(dossierId);
        UUID id = disclosures.register(d);
        dossiers.recordChange(dossierId);
        return rows.find(new DisclosureQuery(null, null, null, null, null, null, DisclosureQuery.MAX_LIMIT), Set.of(dossierId))
                .stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The dossier's disclosures, newest first (need to know; the read is logged). */
    @Transactional
    public List<DisclosureView> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<DisclosureView> list = rows.find(new DisclosureQuery(null, null, null, null, null, null,
                DisclosureQuery.MAX_LIMIT), Set.of(dossierId));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), DisclosureRows.personsIn(list),
                access.logReason());
        return access.present(list);
    }

    /**
     * The disclosures from this dossier about this person, newest first, for a copy of the person's data (AVG art. 15).
     * The caller has checked and logs the access.
     */
    public List<DisclosureView> aboutPersonInDossier(UUID dossierId, UUID personId) {
        return rows.find(new DisclosureQuery(null, null, null, null, personId, null, DisclosureQuery.MAX_LIMIT),
                Set.of(dossierId));
    }

    /** The whole register, filtered, for the FG; one LIST entry naming the persons listed. */
    @Transactional
    public Listing search(DisclosureQuery query) {
        requireFg(query.personId());
        if (query.limit() < 1 || query.limit() > DisclosureQuery.MAX_LIMIT) {
            throw Checks.refusal("limit", "Geef een limit van 1 tot en met " + DisclosureQuery.MAX_LIMIT + ".");
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw Checks.refusal("to", "De einddatum ligt voor de begindatum.");
        }
        List<DisclosureView> found = rows.find(withLimit(query, query.limit() + 1), null);
        boolean truncated = found.size() > query.limit();
        List<DisclosureView> list = truncated ? found.subList(0, query.limit()) : found;
        accessLog.allowed(AccessAction.LIST, Role.DATA_PROTECTION_OFFICER, DisclosureRows.dossiersIn(list),
                DisclosureRows.personsIn(list), "Register van verstrekkingen");
        return new Listing(List.copyOf(list), truncated);
    }

    /**
     * What was disclosed about one person (AVG art. 15). The FG sees every disclosure; other staff those from the
     * dossiers with this person that the policy lets them open, refused (and logged) when it lets them open none.
     */
    @Transactional
    public Listing aboutPerson(UUID personId) {
        DisclosureQuery query = new DisclosureQuery(null, null, null, null, personId, null, DisclosureQuery.MAX_LIMIT + 1);
        if (CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER)) {
            return logged(rows.find(query, null), Role.DATA_PROTECTION_OFFICER, personId, null);
        }
        List<UUID> with = dossiers.dossierIdsWith(personId);
        Map<UUID, DossierAccess> accessible = with.stream()
                .map(d -> dossiers.access(d).map(a -> Map.entry(d, a)))
                .flatMap(Optional::stream).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (accessible.isEmpty()) {
            accessLog.denied(AccessAction.READ, with, Set.of(personId), null);
            throw new AccessDeniedException("disclosures about a person");
        }
        List<DisclosureView> found = rows.find(query, accessible.keySet()).stream()
                .map(r -> accessible.get(r.dossierId()).freeText() ? r : Redaction.withoutFreeText(r)).toList();
        return logged(found, accessible.values().iterator().next().role(), personId, accessible.keySet());
    }

    private Listing logged(List<DisclosureView> found, Role role, UUID personId, Set<UUID> dossierIds) {
        boolean truncated = found.size() > DisclosureQuery.MAX_LIMIT;
        List<DisclosureView> list = truncated ? found.subList(0, DisclosureQuery.MAX_LIMIT) : found;
        Set<UUID> persons = new LinkedHashSet<>(DisclosureRows.personsIn(list));
        persons.add(personId);
        accessLog.allowed(AccessAction.READ, role, dossierIds == null ? DisclosureRows.dossiersIn(list) : dossierIds, persons,
                "Verstrekkingen over een persoon (AVG art. 15)");
        return new Listing(List.copyOf(list), truncated);
    }

    private void requireFg(UUID personId) {
        if (!CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER)) {
            accessLog.denied(AccessAction.LIST, Set.of(), personId == null ? Set.of() : Set.of(personId), null);
            throw new AccessDeniedException("register of disclosures");
        }
    }

    private static DisclosureQuery withLimit(DisclosureQuery q, int limit) {
        return new DisclosureQuery(q.from(), q.to(), q.recipient(), q.ground(), q.personId(), q.kind(), limit);
    }

}
