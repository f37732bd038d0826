package nl.vangnet.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.Persons;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Advice requests: registered on the advice seeker's name (a made-up name allowed), with the advice given and what
 * was agreed; no identity of the people concerned is needed, but names given are recorded as persons. Call backs
 * are added to the same request. Readable by the intake roles and the teamleider of its team.
 */
@Service
public class AdviceRequests {

    private final JdbcClient jdbc;
    private final Persons persons;
    private final AccessLog accessLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdviceRequests(JdbcClient jdbc, Persons persons, AccessLog accessLog, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Who gives advice, and so registers advice requests: case and crisis workers (not the secretariaat, no service). */
    public static final Set<Role> ADVICE_ROLES = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER);

    /**
     * Registers an advice request. Who may do so is decided before anything is written (a refusal is logged); the
     * answer is made in the registering transaction, so a registration is never answered with a refusal.
     */
    public Registered<AdviceRequestView> register(AdviceRequestInput in, String idempotencyKey) {
        StaffPrincipal me = CurrentStaff.get();
        Optional<Role> role = me.kind() != StaffKind.PERSON ? Optional.empty()
                : ADVICE_ROLES.stream().filter(me::has).sorted().findFirst();
        if (role.isEmpty()) {
            accessLog.denied(AccessAction.CREATE, Set.of(), Set.of(), null);
            throw new AccessDeniedException("intake");
        }
        return Idempotency.register(idempotencyKey, key -> byKey(me.id(), key), key -> insert(in, me, role.get(), key),
                this::view, id -> get(id), transactions);
    }

    private UUID insert(AdviceRequestInput in, StaffPrincipal me, Role role, String key) {
        Checks v = new Checks();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AssessmentDeadline.NL);
        Instant receivedAt = v.instant("receivedAt", in.receivedAt(), now);
        Channel channel = v.enumValue("channel", in.channel(), Channel.class,
                "Kies hoe de adviesvraag binnenkwam (telefoon, e-mail, post of chat).", true);
        if (channel != null && !channel.allowedForAdvice()) {
            v.reject("channel", "Een adviesvraag komt binnen per telefoon, e-mail, post of chat.");
        }
        AdviceRequestInput.Seeker seeker = in.seeker() == null ? new AdviceRequestInput.Seeker(null, null, null, null, null)
                : in.seeker();
        String name = v.max("seeker.name", v.required("seeker.name", seeker.name(),
                "Vul de naam van de adviesvrager in; een verzonnen naam mag (vink dat dan aan)."), 200);
        ReporterType type = v.enumValue("seeker.type", seeker.type(), ReporterType.class,
                "Kies of de adviesvrager particulier of beroepskracht is.", true);
        ReporterCategory category = null;
        if (type == ReporterType.PROFESSIONAL) {
            category = v.enumValue("seeker.category", seeker.category(), ReporterCategory.class,
                    "Kies de beroepsgroep van de adviesvrager.", true);
        }
        String concern = v.max("concern", v.required("concern", in.concern(), "Beschrijf de zorg."), 20_000);
        List<ViolenceType> types = new ArrayList<>();
        for (String t : in.violenceTypes() == null ? List.<String>of() : in.violenceTypes()) {
            ViolenceType vt = v.enumValue("violenceTypes", t, ViolenceType.class, "Onbekende vorm van geweld.", true);
            if (vt != null && !types.contains(vt)) {
                types.add(vt);
            }
        }
        LocalDate callBackOn = v.plannedDate("callBackOn", in.callBackOn(), today, null);
        List<ReportInput.PersonInput> personInputs = in.persons() == null ? List.of()
                : in.persons().stream().filter(p -> p == null || !p.isEmpty()).toList();
        List<NewPerson> persons = v.each("persons", personInputs, i -> p -> {
            PersonRole pr = v.enumValue("persons[" + i + "].role", p.role(), PersonRole.class, "Kies de rol van deze persoon.", true);
            String surname = v.required("persons[" + i + "].surname", p.surname(), "Vul ten minste de achternaam in.");
            return new NewPerson(pr, null, surname, v.optional(p.surnamePrefix()), v.optional(p.givenNames()),
                    v.date("persons[" + i + "].dateOfBirth", p.dateOfBirth(), today), null);
        });
        UUID teamId = me.teamIds().size() == 1 ? me.teamIds().iterator().next() : null;
        if (in.teamId() != null && !in.teamId().isBlank()) {
            try {
                teamId = UUID.fromString(in.teamId().strip());
            } catch (IllegalArgumentException e) {
                v.reject("teamId", "Dit is geen geldig teamkenmerk.");
            }
        }
        if (teamId == null && v.ok("teamId")) {
            v.reject("teamId", "Kies voor welk team deze adviesvraag is.");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('advice_request_reference_seq')").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO advice_request (id, reference, team_id, channel, received_at, seeker_name, seeker_name_made_up,
                    seeker_type, seeker_category, seeker_organisation, concern, violence_types, advice_given, agreement,
                    call_back_on, created_by, created_at, idempotency_key)
                VALUES (:id, :ref, :team, :channel, :received, :name, :madeUp, :type, :cat, :org, :concern,
                    CAST(:types AS text[]), :advice, :agreement, :callBack, :by, :now, :key)""")
                .param("id", id).param("ref", "A-%d-%06d".formatted(LocalDate.ofInstant(receivedAt, AssessmentDeadline.NL).getYear(), number))
                .param("team", teamId).param("channel", channel.name()).param("received", Timestamp.from(receivedAt))
                .param("name", name).param("madeUp", Boolean.TRUE.equals(seeker.madeUpName())).param("type", type.name())
                .param("cat", category == null ? null : category.name()).param("org", v.optional(seeker.organisation()))
                .param("concern", concern)
                .param("types", "{" + String.join(",", types.stream().map(Enum::name).toList()) + "}")
                .param("advice", v.optional(in.adviceGiven())).param("agreement", v.optional(in.agreement()))
                .param("callBack", callBackOn).param("by", me.id()).param("now", Timestamp.from(now)).param("key", key)
                .update();
        List<UUID> personIds = this.persons.register(persons);
        for (int i = 0; i < personIds.size(); i++) {
            jdbc.sql("INSERT INTO advice_request_person (advice_request_id, person_id, role) VALUES (:a, :p, :r)")
                    .param("a", id).param("p", personIds.get(i)).param("r", persons.get(i).role().name()).update();
        }
        accessLog.allowed(AccessAction.CREATE, role, Set.of(), personIds, null);
        return id;
    }

    @Transactional
    public AdviceRequestView get(UUID id) {
        Role role = requireAccess(id, AccessAction.READ);
        AdviceRequestView view = view(id);
        accessLog.allowed(AccessAction.READ, role, Set.of(), view.persons().stream().map(AdviceRequestView.Person::personId).toList(), null);
        return view;
    }

    /** A call back (or any later contact) on the same advice request; it settles an agreed call back. */
    @Transactional
    public AdviceRequestView addContact(UUID id, String occurredAt, String channel, String summary) {
        Role role = requireAccess(id, AccessAction.UPDATE);
        Checks v = new Checks();
        Instant at = occurredAt == null || occurredAt.isBlank() ? clock.instant() : v.instant("occurredAt", occurredAt, clock.instant());
        Channel c = v.enumValue("channel", channel, Channel.class, "Kies hoe het contact verliep.", true);
        String text = v.max("summary", v.required("summary", summary, "Vat het contact samen."), 20_000);
        v.throwIfInvalid();
        jdbc.sql("""
                INSERT INTO advice_contact (id, advice_request_id, occurred_at, channel, summary, created_by)
                VALUES (:id, :a, :at, :c, :s, :by)""")
                .param("id", UUID.randomUUID()).param("a", id).param("at", Timestamp.from(at)).param("c", c.name())
                .param("s", text).param("by", CurrentStaff.get().id()).update();
        jdbc.sql("UPDATE advice_request SET call_back_done_at = coalesce(call_back_done_at, :at) WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, role, Set.of(), List.of(), null);
        return view(id);
    }

    private Role requireAccess(UUID id, AccessAction action) {
        StaffPrincipal me = CurrentStaff.get();
        UUID team = jdbc.sql("SELECT team_id FROM advice_request WHERE id = :id").param("id", id).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Deze adviesvraag bestaat niet."));
        Optional<Role> role = me.teamIds().contains(team)
                ? Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER).stream().filter(me::has).sorted().findFirst()
                : Optional.empty();
        if (role.isEmpty()) {
            accessLog.denied(action, Set.of(), Set.of(), null);
            throw new AccessDeniedException("advice request");
        }
        return role.get();
    }

    private Optional<UUID> byKey(UUID userId, String key) {
        return jdbc.sql("SELECT id FROM advice_request WHERE created_by = :u AND idempotency_key = :k")
                .param("u", userId).param("k", key).query(UUID.class).optional();
    }

    AdviceRequestView view(UUID id) {
        List<AdviceRequestView.Person> persons = jdbc.sql("SELECT person_id, role FROM advice_request_person WHERE advice_request_id = :id")
                .param("id", id).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list()
                .stream().map(row -> this.persons.find((UUID) row[0]).map(p -> new AdviceRequestView.Person(p.id(),
                        (String) row[1], p.surname(), p.givenNames(), p.dateOfBirth())).orElseThrow()).toList();
        List<AdviceRequestView.Contact> contacts = jdbc.sql("""
                SELECT c.occurred_at, c.channel, c.summary, u.display_name FROM advice_contact c
                JOIN staff_name u ON u.id = c.created_by WHERE c.advice_request_id = :id ORDER BY c.occurred_at""")
                .param("id", id)
                .query((rs, n) -> new AdviceRequestView.Contact(rs.getTimestamp(1).toInstant(), Channel.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))).list();
        List<UUID> reportIds = jdbc.sql("SELECT id FROM report WHERE advice_request_id = :id").param("id", id)
                .query(UUID.class).list();
        return jdbc.sql("""
                SELECT a.*, u.display_name AS creator FROM advice_request a JOIN staff_name u ON u.id = a.created_by
                WHERE a.id = :id""")
                .param("id", id)
                .query((rs, n) -> new AdviceRequestView(id, rs.getString("reference"), Channel.valueOf(rs.getString("channel")),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("seeker_name"),
                        rs.getBoolean("seeker_name_made_up"), ReporterType.valueOf(rs.getString("seeker_type")),
                        rs.getString("seeker_category") == null ? null : ReporterCategory.valueOf(rs.getString("seeker_category")),
                        rs.getString("seeker_organisation"), rs.getString("concern"),
                        Arrays.stream((String[]) rs.getArray("violence_types").getArray()).map(ViolenceType::valueOf).toList(),
                        rs.getString("advice_given"), rs.getString("agreement"),
                        rs.getObject("call_back_on", LocalDate.class),
                        rs.getTimestamp("call_back_done_at") == null ? null : rs.getTimestamp("call_back_done_at").toInstant(),
                        persons, contacts, reportIds, rs.getString("creator")))
                .single();
    }
}
