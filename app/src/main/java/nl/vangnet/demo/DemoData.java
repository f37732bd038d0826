package nl.vangnet.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.dossier.NewDossier.NewPerson;
import nl.vangnet.dossier.PersonRole;
import nl.vangnet.platform.Installation;
import nl.vangnet.platform.InstallationMode;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.InstallationClaimed;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.staff.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo: team "Team Utrecht-Stad" with one user per role (password {@value #PASSWORD}, TOTP secret
 * {@value #TOTP_SECRET}, API token {@code demo-<username>}) and a handful of fictitious dossiers. Runs only on a
 * database whose mode is DEMO (see {@link Installation}).
 */
@Component
class DemoData {

    static final String PASSWORD = "vangnet-demo";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    static final String TEAM = "Team Utrecht-Stad";
    static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put("medewerker", Role.CASE_WORKER);
        USERS.put("gedragswetenschapper", Role.BEHAVIOURAL_SCIENTIST);
        USERS.put("jurist", Role.LEGAL_ADVISOR);
        USERS.put("vertrouwensarts", Role.CONFIDENTIAL_DOCTOR);
        USERS.put("crisisdienst", Role.CRISIS_WORKER);
        USERS.put("secretariaat", Role.SECRETARIAT);
        USERS.put("teamleider", Role.TEAM_LEADER);
        USERS.put("fg", Role.DATA_PROTECTION_OFFICER);
        USERS.put("applicatiebeheer", Role.APPLICATION_ADMIN);
    }

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "medewerker", "Mila de Medewerker", "gedragswetenschapper", "Gijs Gedragswetenschapper",
            "jurist", "Julia Jurist", "vertrouwensarts", "Vera Vertrouwensarts", "crisisdienst", "Cas Crisisdienst",
            "secretariaat", "Sanne Secretariaat", "teamleider", "Tom Teamleider", "fg", "Fatima FG",
            "applicatiebeheer", "Arjen Applicatiebeheer");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StaffDirectory directory;
    private final ApiTokens tokens;
    private final Dossiers dossiers;
    private final Installation installation;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(StaffDirectory directory, ApiTokens tokens, Dossiers dossiers, Installation installation,
            TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.dossiers = dossiers;
        this.installation = installation;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onStart(InstallationClaimed claimed) {
        if (claimed.mode() != InstallationMode.DEMO) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            if (!claimed.hasStaff()) {
                seed();
                log.info("Demo data seeded: {} users in {}", USERS.size(), TEAM);
            }
            renewTokens();
        });
    }

    private void seed() {
        Team team = directory.createTeam(TEAM);
        for (var user : USERS.entrySet()) {
            StaffUser created = directory.createPerson(new StaffDirectory.NewStaffMember(user.getKey(),
                    DISPLAY_NAMES.get(user.getKey()), PASSWORD, EnumSet.of(user.getValue()), Set.of(team.id()), false));
            directory.setDemoSecondFactor(created.id(), TOTP_SECRET, installation);
        }
        UUID worker = directory.findByUsername("medewerker").orElseThrow().id();
        UUID crisis = directory.findByUsername("crisisdienst").orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        for (NewDossier dossier : fictitiousDossiers(team.id(), today, worker, crisis)) {
            dossiers.register(dossier);
        }
    }

    /** The demo tokens are valid for 90 days from every demo start, so that scripted checks keep working. */
    private void renewTokens() {
        UUID admin = directory.findByUsername("applicatiebeheer").orElseThrow().id();
        for (String username : USERS.keySet()) {
            StaffUser user = directory.findByUsername(username).orElseThrow();
            String token = "demo-" + username;
            jdbc.sql("DELETE FROM api_token WHERE user_id = :u AND name = 'demo'").param("u", user.id()).update();
            tokens.store(user.id(), "demo", token, clock.instant(), clock.instant().plus(Duration.ofDays(90)), admin);
        }
    }

    private static List<NewDossier> fictitiousDossiers(UUID team, LocalDate today, UUID worker, UUID crisis) {
        return List.of(
                new NewDossier(team, today.minusDays(3), List.of(
                        new NewPerson(PersonRole.PARENT_OR_CAREGIVER, null, "Jansen", null, "Petra", LocalDate.of(1988, 4, 12), "FEMALE"),
                        new NewPerson(PersonRole.ALLEGED_PERPETRATOR, null, "Jansen", null, "Mark", LocalDate.of(1985, 9, 30), "MALE"),
                        new NewPerson(PersonRole.CHILD, null, "Jansen", null, "Sem", LocalDate.of(2017, 2, 3), "MALE")),
                        Set.of(worker)),
                new NewDossier(team, today.minusDays(12), List.of(
                        new NewPerson(PersonRole.VICTIM, null, "Özdemir", null, "Ayşe", LocalDate.of(1979, 11, 5), "FEMALE"),
                        new NewPerson(PersonRole.ALLEGED_PERPETRATOR, null, "Berg", "van der", "Kees", LocalDate.of(1977, 6, 21), "MALE")),
                        Set.of(worker)),
                new NewDossier(team, today.minusDays(40), List.of(
                        new NewPerson(PersonRole.VICTIM, null, "Bakker", "de", "Johanna", LocalDate.of(1941, 3, 17), "FEMALE"),
                        new NewPerson(PersonRole.ALLEGED_PERPETRATOR, null, "Bakker", "de", "Ruud", LocalDate.of(1968, 8, 8), "MALE")),
                        Set.of(worker)),
                new NewDossier(team, today.minusDays(1), List.of(
                        new NewPerson(PersonRole.VICTIM, null, "Visser", null, "Noor", LocalDate.of(1995, 1, 26), "FEMALE"),
                        new NewPerson(PersonRole.CHILD, null, "Visser", null, "Lieke", LocalDate.of(2021, 7, 14), "FEMALE")),
                        Set.of(crisis)),
                new NewDossier(team, today.minusDays(7), List.of(
                        new NewPerson(PersonRole.CHILD, null, "Smit", null, "Daan", LocalDate.of(2012, 10, 1), "MALE"),
                        new NewPerson(PersonRole.PARENT_OR_CAREGIVER, null, "Smit", null, "Eva", LocalDate.of(1984, 5, 9), "FEMALE")),
                        Set.of()));
    }
}
