package nl.vangnet.inforequest;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The professional's one-time page, without an account. The link alone opens nothing but the code form; a wrong code
 * is counted (in a transaction of its own, so the refusal does not undo it) and {@value AccessLinks#MAX_WRONG_CODES}
 * lock the link; an expired, locked, used or unknown link shows nothing. A right code gives a {@link Grant} for this
 * one request, kept in the browser's session for {@link AccessLinks#SESSION}. Every open, wrong code, refusal and
 * approval is in the access log as the external professional.
 */
@Service
public class ProfessionalAccess {

    /** The link does not open anything (unknown, expired, locked or used); the page says only that. */
    public static final class LinkNotUsable extends RuntimeException {
        LinkNotUsable() {
            super("link not usable");
        }
    }

    /** What a right code opens: this one request, until {@code until}. */
    public record Grant(UUID requestId, Instant until) implements Serializable {
    }

    private final JdbcClient jdbc;
    private final RequestStore store;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ProfessionalAccess(JdbcClient jdbc, RequestStore store, Dossiers dossiers, AccessLog accessLog,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether the link opens the code form at all (refusals logged). */
    @Transactional
    public void requireUsable(String token) {
        usableRow(token);
    }

    /** Checks the code; a right one gives the grant, a wrong one is counted and refused at the field. */
    @Transactional
    public Grant enterCode(String token, String code) {
        RequestStore.Row row = usableRow(token);
        if (AccessLinks.codeMatches(row.accessCode(), code)) {
            return new Grant(row.id(), clock.instant().plus(AccessLinks.SESSION));
        }
        int wrong = ownTransaction.execute(status -> jdbc.sql("""
                UPDATE information_request SET wrong_codes = wrong_codes + 1,
                    access_code = CASE WHEN wrong_codes + 1 >= :max THEN NULL ELSE access_code END
                WHERE id = :id RETURNING wrong_codes""")
                .param("max", AccessLinks.MAX_WRONG_CODES).param("id", row.id()).query(Integer.class).single());
        accessLog.deniedAsExternal(row.actorName(), AccessAction.READ, Set.of(row.dossierId()), Set.of(),
                "Onjuiste code voor informatieverzoek (" + wrong + " van " + AccessLinks.MAX_WRONG_CODES + ")");
        int left = AccessLinks.MAX_WRONG_CODES - wrong;
        throw Checks.refusal("code", left <= 0
                ? "Deze code klopt niet. De link is nu geblokkeerd: vraag de medewerker van Veilig Thuis om een nieuwe link."
                : "Deze code klopt niet. U kunt het nog " + left + " keer proberen; daarna wordt de link geblokkeerd.");
    }

    /** The page for a grant of this link's request; empty without one (the code form is shown). */
    @Transactional
    public Optional<ProfessionalPage> open(String token, Grant grant) {
        RequestStore.Row row = usableRow(token);
        if (!granted(row, grant)) {
            return Optional.empty();
        }
        List<UUID> personIds = store.personIds(row.id());
        accessLog.allowedAsExternal(row.actorName(), AccessAction.READ, Set.of(row.dossierId()), personIds,
                "Informatieverzoek geopend met link en code");
        InformationRequestView.Version latest = store.versions(row.id()).stream().reduce((a, b) -> b).orElse(null);
        return Optional.of(new ProfessionalPage(row.id(), row.requestedBy(), row.professionalName(),
                dossiers.personsOf(row.dossierId(), personIds).stream()
                        .map(p -> new ProfessionalPage.Person(p.fullName(), p.dateOfBirth())).toList(),
                row.purpose(), row.channel(), row.dueOn(), latest == null ? "" : latest.text(),
                latest != null && "WORKER".equals(latest.author())));
    }

    /**
     * The professional's text, marked passages and approval: the text as approved becomes the request's latest
     * version (the worker's version itself when unchanged), fixed; the link is used.
     */
    @Transactional
    public void approve(String token, Grant grant, ProfessionalAnswer a) {
        RequestStore.Row row = usableRow(token);
        if (!granted(row, grant)) {
            throw new LinkNotUsable();
        }
        LocalDate today = DutchTime.today(clock);
        Checks v = new Checks();
        String text = a.text() == null ? null : a.text().replace("\r\n", "\n").strip();
        if (text == null || text.isEmpty()) {
            v.reject("text", "Schrijf de informatie die u deelt.");
        } else {
            v.max("text", text, Checks.MAX_TEXT);
        }
        List<int[]> places = new ArrayList<>();
        List<ProfessionalAnswer.MarkedPassage> marked = a.passages() == null ? List.of() : a.passages();
        for (int i = 0; i < marked.size(); i++) {
            ProfessionalAnswer.MarkedPassage p = marked.get(i);
            if (p == null || p.empty()) {
                places.add(null);
                continue;
            }
            int at = SharedText.find(text, p.passage(), 0);
            if (p.passage() == null || p.passage().isBlank()) {
                v.reject("passage" + i, "Plak hier de passage precies zoals die in de tekst staat.");
            } else if (at < 0) {
                v.reject("passage" + i, "Deze passage staat niet letterlijk in de tekst. Kopieer hem precies uit de tekst.");
            }
            v.enumValue("passageReason" + i, p.reason(), PassageReason.class,
                    "Kies waarom de betrokkenen deze passage niet mogen zien.", true);
            v.text("passageExplanation" + i, p.explanation(), 2000);
            places.add(at < 0 ? null : new int[] {at, at + p.passage().strip().length(), i});
        }
        List<int[]> used = places.stream().filter(x -> x != null).sorted(Comparator.comparingInt(x -> x[0])).toList();
        for (int k = 1; k < used.size(); k++) {
            if (used.get(k)[0] < used.get(k - 1)[1]) {
                v.reject("passage" + used.get(k)[2], "Deze passage overlapt met een andere; wijs elke passage één keer aan.");
            }
        }
        InformedPersons informed = v.enumValue("informedPersons", a.informedPersons(), InformedPersons.class,
                "Kies of u de betrokkenen heeft geïnformeerd.", true);
        LocalDate informedOn = null;
        if (informed == InformedPersons.BEFORE) {
            informedOn = v.pastDate("informedOn", a.informedOn(), today, "Vul in wanneer u de betrokkenen informeerde.");
        } else if (informed == InformedPersons.AFTERWARDS) {
            informedOn = v.anyDate("informedOn", a.informedOn(), "Vul in wanneer u de betrokkenen informeert.");
        }
        String why = v.text("notInformedReason", a.notInformedReason(), 4000);
        if (informed == InformedPersons.NOT_INFORMED && why == null) {
            v.reject("notInformedReason", "Schrijf waarom u de betrokkenen niet informeert (hun of andermans veiligheid).");
        }
        if (!a.factual()) {
            v.reject("factual", "Bevestig dat de tekst feitelijk en objectief is.");
        }
        String approver = v.required("approverName", a.approverName(), "Vul uw naam in om te accorderen.");
        v.max("approverName", approver, Checks.MAX_SHORT_TEXT);
        v.throwIfInvalid();

        // Usable once: a second approval that waited for this lock finds the link used, and approves nothing.
        boolean alreadyUsed = jdbc.sql("SELECT link_used_at IS NOT NULL FROM information_request WHERE id = :id FOR UPDATE")
                .param("id", row.id()).query(Boolean.class).single();
        if (alreadyUsed) {
            throw new LinkNotUsable();
        }
        Instant now = clock.instant();
        InformationRequestView.Version latest = store.versions(row.id()).stream().reduce((x, y) -> y).orElse(null);
        UUID version;
        if (latest != null && latest.approvedAt() == null && latest.text().equals(text)) {
            version = latest.id();
            jdbc.sql("UPDATE information_request_version SET approved_at = :now, approved_by_name = :name WHERE id = :v")
                    .param("now", Timestamp.from(now)).param("name", approver).param("v", version).update();
        } else {
            version = store.addVersion(row.id(), text, "PROFESSIONAL", null, now, approver);
        }
        for (int i = 0; i < marked.size(); i++) {
            if (places.get(i) != null) {
                jdbc.sql("""
                        INSERT INTO information_request_passage (id, version_id, start_offset, end_offset, reason, explanation)
                        VALUES (:id, :v, :s, :e, :reason, :explanation)""")
                        .param("id", UUID.randomUUID()).param("v", version).param("s", places.get(i)[0])
                        .param("e", places.get(i)[1]).param("reason", marked.get(i).reason().strip().toUpperCase(Locale.ROOT))
                        .param("explanation", v.optional(marked.get(i).explanation()))
                        .update();
            }
        }
        jdbc.sql("""
                UPDATE information_request SET link_used_at = :now, access_code = NULL, informed_persons = :informed,
                    informed_on = :on, not_informed_reason = :why WHERE id = :id""")
                .param("now", Timestamp.from(now)).param("informed", informed.name()).param("on", informedOn)
                .param("why", informed == InformedPersons.NOT_INFORMED ? why : null).param("id", row.id()).update();
        accessLog.allowedAsExternal(row.actorName(), AccessAction.UPDATE, Set.of(row.dossierId()), store.personIds(row.id()),
                "Tekst van het informatieverzoek geaccordeerd door " + approver);
    }

    private boolean granted(RequestStore.Row row, Grant grant) {
        return grant != null && grant.requestId().equals(row.id()) && clock.instant().isBefore(grant.until());
    }

    /** The link's request when the link is usable; otherwise the refusal is logged and nothing shown. */
    private RequestStore.Row usableRow(String token) {
        Optional<RequestStore.Row> row = token == null || token.length() > 100 ? Optional.empty() : store.findByToken(token);
        if (row.isEmpty()) {
            accessLog.deniedAsExternal(null, AccessAction.READ, Set.of(), Set.of(), "Onbekende link voor een informatieverzoek");
            throw new LinkNotUsable();
        }
        if (!row.get().linkUsable(clock.instant())) {
            accessLog.deniedAsExternal(row.get().actorName(), AccessAction.READ, Set.of(row.get().dossierId()), Set.of(),
                    "Link van informatieverzoek niet meer bruikbaar (" + row.get().status(clock.instant()) + ")");
            throw new LinkNotUsable();
        }
        return row.get();
    }
}
