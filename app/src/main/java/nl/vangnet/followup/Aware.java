package nl.vangnet.followup;

import nl.vangnet.platform.FreeText;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.ApiProblems.InvalidParam;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AWARE: the application for a victim (in principle adult) with a real fear of being victimised again by the same
 * perpetrator; the indication committee (police, Moviera, Veilig Thuis) decides with reasons; the device is issued
 * and returned on recorded dates, with a review date.
 */
@Service
public class Aware {

    /** The organisations the indication committee consists of. */
    public static final List<String> COMMITTEE = List.of("POLICE", "MOVIERA", "VEILIG_THUIS");

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final Clock clock;

    Aware(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public record Application(UUID id, UUID dossierId, UUID victimId, UUID perpetratorId, @FreeText String fearDescription,
            @FreeText String minorReason, LocalDate appliedOn, LocalDate committeeOn, List<String> committeeMembers, Boolean approved,
            @FreeText String decisionReasons, LocalDate deviceIssuedOn, LocalDate deviceReturnedOn, LocalDate reviewOn) {

        /** Where the application stands. */
        public AwareState state() {
            return AwareState.of(approved, deviceIssuedOn != null, deviceReturnedOn != null);
        }
    }

    @Transactional
    public Application apply(UUID dossierId, String victimId, String perpetratorId, String fear, String minorReason) {
        DossierAccess access = require(dossierId);
        Map<UUID, DossierView.InvolvedPerson> persons = dossiers.personsOf(dossierId,
                dossiers.personIdsOf(dossierId))
                .stream().collect(Collectors.toMap(DossierView.InvolvedPerson::personId, p -> p, (a, b) -> a));
        List<InvalidParam> problems = new ArrayList<>();
        UUID victim = person("victimId", victimId, persons.keySet(), problems);
        UUID perpetrator = person("perpetratorId", perpetratorId, persons.keySet(), problems);
        if (victim != null && victim.equals(perpetrator)) {
            problems.add(new InvalidParam("perpetratorId", "Slachtoffer en pleger zijn verschillende personen."));
        }
        if (Text.blankToNull(fear) == null) {
            problems.add(new InvalidParam("fearDescription", "Beschrijf de reële vrees opnieuw slachtoffer te worden van dezelfde pleger."));
        }
        LocalDate today = DutchTime.today(clock);
        if (victim != null) {
            LocalDate born = persons.get(victim).dateOfBirth();
            boolean minor = born == null || Period.between(born, today).getYears() < 18;
            if (minor && Text.blankToNull(minorReason) == null) {
                problems.add(new InvalidParam("minorReason",
                        "AWARE is in principe voor volwassenen: leg vast waarom het hier (ook) voor een minderjarige of iemand zonder bekende leeftijd is."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO aware_application (id, dossier_id, victim_id, perpetrator_id, fear_description, minor_reason,
                    applied_on, created_by, created_at) VALUES (:id, :d, :v, :p, :f, :m, :today, :by, :now)""")
                .param("id", id).param("d", dossierId).param("v", victim).param("p", perpetrator)
                .param("f", fear.strip()).param("m", Text.blankToNull(minorReason)).param("today", today)
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant())).update();
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), List.of(victim, perpetrator), access.logReason());
        return find(id);
    }

    /** The indication committee's decision: who sat (police, Moviera and Veilig Thuis), when, and why. */
    @Transactional
    public Application decide(UUID dossierId, UUID id, String committeeOn, List<String> members, Boolean approved, String reasons) {
        Application application = find(dossierId, id);
        DossierAccess access = require(application.dossierId());
        // The committee decides only on an open application; refused before the input is checked.
        application.state().decide(Boolean.TRUE.equals(approved));
        List<InvalidParam> problems = new ArrayList<>();
        LocalDate on = date("committeeOn", committeeOn, problems, true);
        List<String> sat = members == null ? List.of() : members.stream().map(m -> m.toUpperCase(Locale.ROOT)).distinct().toList();
        if (!sat.containsAll(COMMITTEE) || !COMMITTEE.containsAll(sat)) {
            problems.add(new InvalidParam("committeeMembers", "De indicatiecommissie bestaat uit politie, Moviera en Veilig Thuis."));
        }
        if (approved == null) {
            problems.add(new InvalidParam("approved", "Kies of de commissie AWARE toekent."));
        }
        if (Text.blankToNull(reasons) == null) {
            problems.add(new InvalidParam("decisionReasons", "Leg de redenen van het besluit vast."));
        }
        if (on != null && on.isBefore(application.appliedOn())) {
            problems.add(new InvalidParam("committeeOn", "De commissie besluit na de aanvraag."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("UPDATE aware_application SET committee_on = :on, committee_members = CAST(:m AS text[]), approved = :a, decision_reasons = :r WHERE id = :id")
                .param("on", on).param("m", "{" + String.join(",", sat) + "}").param("a", approved)
                .param("r", reasons.strip()).param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(application.dossierId()), List.of(), access.logReason());
        return find(id);
    }

    /** The device is issued after approval, with the date the application is reviewed. */
    @Transactional
    public Application issue(UUID dossierId, UUID id, String issuedOn, String reviewOn) {
        Application application = find(dossierId, id);
        DossierAccess access = require(application.dossierId());
        application.state().issueDevice();
        List<InvalidParam> problems = new ArrayList<>();
        LocalDate issued = date("issuedOn", issuedOn, problems, true);
        LocalDate review = date("reviewOn", reviewOn, problems, true);
        if (issued != null && review != null && !review.isAfter(issued)) {
            problems.add(new InvalidParam("reviewOn", "De evaluatie ligt na de uitgifte."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("UPDATE aware_application SET device_issued_on = :i, review_on = :r WHERE id = :id")
                .param("i", issued).param("r", review).param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(application.dossierId()), List.of(), access.logReason());
        return find(id);
    }

    @Transactional
    public Application returned(UUID dossierId, UUID id, String returnedOn) {
        Application application = find(dossierId, id);
        DossierAccess access = require(application.dossierId());
        List<InvalidParam> problems = new ArrayList<>();
        LocalDate returned = date("returnedOn", returnedOn, problems, true);
        application.state().returnDevice();
        if (returned != null && returned.isBefore(application.deviceIssuedOn())) {
            problems.add(new InvalidParam("returnedOn", "Het kastje komt terug na de uitgifte."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("UPDATE aware_application SET device_returned_on = :r WHERE id = :id").param("r", returned).param("id", id).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(application.dossierId()), List.of(), access.logReason());
        return find(id);
    }

    @Transactional
    public List<Application> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<Application> list = jdbc.sql("SELECT id FROM aware_application WHERE dossier_id = :d ORDER BY applied_on")
                .param("d", dossierId).query(UUID.class).list().stream().map(this::find).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return access.present(list);
    }


    /** The application, if it belongs to the dossier named in the request. */
    Application find(UUID dossierId, UUID id) {
        Application application = find(id);
        if (!application.dossierId().equals(dossierId)) {
            throw new NotFoundException("Deze AWARE-aanvraag bestaat niet in dit dossier.");
        }
        return application;
    }

    Application find(UUID id) {
        return jdbc.sql("SELECT * FROM aware_application WHERE id = :id").param("id", id)
                .query((rs, n) -> new Application(id, rs.getObject("dossier_id", UUID.class), rs.getObject("victim_id", UUID.class),
                        rs.getObject("perpetrator_id", UUID.class), rs.getString("fear_description"), rs.getString("minor_reason"),
                        rs.getObject("applied_on", LocalDate.class), rs.getObject("committee_on", LocalDate.class),
                        rs.getArray("committee_members") == null ? List.of()
                                : Arrays.asList((String[]) rs.getArray("committee_members").getArray()),
                        (Boolean) rs.getObject("approved"), rs.getString("decision_reasons"),
                        rs.getObject("device_issued_on", LocalDate.class), rs.getObject("device_returned_on", LocalDate.class),
                        rs.getObject("review_on", LocalDate.class)))
                .optional().orElseThrow(() -> new NotFoundException("Deze AWARE-aanvraag bestaat niet."));
    }

    private DossierAccess require(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
    }

    private static UUID person(String field, String value, Set<UUID> members, List<InvalidParam> problems) {
        try {
            UUID id = value == null ? null : UUID.fromString(value.strip());
            if (id == null || !members.contains(id)) {
                problems.add(new InvalidParam(field, "Kies een betrokkene van dit dossier."));
                return null;
            }
            return id;
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidParam(field, "Kies een betrokkene van dit dossier."));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<InvalidParam> problems, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new InvalidParam(field, "Vul een datum in."));
            }
            return null;
        }
        try {
            return nl.vangnet.platform.Checks.parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParam(field, "Geef een datum als jjjj-mm-dd."));
            return null;
        }
    }
}
