package nl.vangnet.research;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.ExternalSelections;
import nl.vangnet.dossier.ExternalSelections.Kind;
import nl.vangnet.dossier.ExternalSelections.Selection;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.ExternalAccount;
import nl.vangnet.staff.ExternalAccounts;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FG's selections of dossiers for external parties: for an external account whose role fits the kind, within its
 * time box, with a purpose; a research selection leaves out every dossier with a person who objected to research use.
 */
@Service
public class ExternalAccess {

    private final ExternalSelections selections;
    private final ExternalAccounts accounts;
    private final ResearchObjections objections;
    private final Dossiers dossiers;
    private final Clock clock;

    ExternalAccess(ExternalSelections selections, ExternalAccounts accounts, ResearchObjections objections, Dossiers dossiers,
            Clock clock) {
        this.selections = selections;
        this.accounts = accounts;
        this.objections = objections;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** A selection, as the API answers: with the dossiers left out for an objection. */
    public record Created(Selection selection, int leftOutForObjection) {
    }

    @Transactional
    public Created create(SelectionInput in) {
        requireFg();
        LocalDate today = DutchTime.today(clock);
        Checks v = new Checks();
        UUID userId = v.id("userId", in.userId(), "Kies het externe account.");
        Kind kind = v.enumValue("kind", in.kind(), Kind.class, "Kies de soort: onderzoeksselectie, steekproef of onderzoek.", true);
        String purpose = v.required("purpose", in.purpose(), "Vul het doel van de selectie in.");
        v.max("purpose", purpose, 500);
        LocalDate from = v.anyDate("validFrom", in.validFrom(), "Vul in vanaf wanneer de selectie geldt.");
        LocalDate until = v.anyDate("validUntil", in.validUntil(), "Vul in tot wanneer de selectie geldt: altijd een einddatum.");
        if (in.dossierReferences() == null || in.dossierReferences().isEmpty()) {
            v.reject("dossierReferences", "Kies ten minste één dossier.");
        }
        v.throwIfInvalid();
        Optional<ExternalAccount> account = accounts.find(userId);
        if (account.isEmpty()) {
            throw Checks.refusal("userId", "Dit is geen extern account.");
        }
        if (!kind.fits(account.get().role())) {
            throw Checks.refusal("kind", "Deze soort selectie past niet bij de rol van het account: een onderzoeksselectie is "
                    + "voor een onderzoeker, een steekproef voor de accountant, een onderzoek voor inspectie of ombudsman.");
        }
        String problem = ExternalAccounts.TimeBox.problem(from, until, today);
        if (problem == null && (from.isBefore(account.get().validFrom()) || until.isAfter(account.get().validUntil()))) {
            problem = "De selectie moet binnen de geldigheid van het account vallen (" + account.get().validFrom() + " tot en met "
                    + account.get().validUntil() + ").";
        }
        if (problem != null) {
            throw Checks.refusal("validUntil", problem);
        }
        Set<String> references = new LinkedHashSet<>();
        in.dossierReferences().forEach(r -> references.add(r == null ? "" : r.strip().toUpperCase(Locale.ROOT)));
        Map<String, UUID> ids = selections.dossierIdsOf(references);
        List<String> unknown = references.stream().filter(r -> !ids.containsKey(r)).toList();
        if (!unknown.isEmpty()) {
            throw Checks.refusal("dossierReferences", "Geen dossier met kenmerk " + String.join(", ", unknown) + ".");
        }
        List<UUID> chosen = new ArrayList<>(ids.values());
        int before = chosen.size();
        if (kind == Kind.RESEARCH) {
            chosen.removeIf(d -> !objections.objecting(dossiers.personIdsOf(d)).isEmpty());
        }
        if (chosen.isEmpty()) {
            throw Checks.refusal("dossierReferences", "In elk gekozen dossier staat iemand die bezwaar heeft gemaakt tegen "
                    + "gebruik voor onderzoek.");
        }
        Selection created = selections.create(userId, account.get().role(), kind, purpose, from, until, chosen);
        return new Created(created, before - chosen.size());
    }

    /** The FG: every selection; an external party: their own; anyone else is refused. */
    public List<Selection> list() {
        StaffPrincipal me = CurrentStaff.get();
        if (me.has(Role.DATA_PROTECTION_OFFICER)) {
            return selections.all();
        }
        if (Role.EXTERNAL.stream().anyMatch(me::has)) {
            return selections.mine();
        }
        throw new AccessDeniedException("selections");
    }

    /** One selection, for the FG or its external party. */
    public Selection get(UUID id) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER) && Role.EXTERNAL.stream().noneMatch(me::has)) {
            throw new AccessDeniedException("selection");
        }
        Selection selection = selections.find(id).orElseThrow(() -> new NotFoundException("Deze selectie bestaat niet."));
        if (!me.has(Role.DATA_PROTECTION_OFFICER) && !selection.userId().equals(me.id())) {
            throw new AccessDeniedException("selection");
        }
        return selection;
    }

    @Transactional
    public Selection end(UUID id) {
        requireFg();
        return selections.end(id);
    }

    private static void requireFg() {
        if (!CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER)) {
            throw new AccessDeniedException("selections");
        }
    }
}
