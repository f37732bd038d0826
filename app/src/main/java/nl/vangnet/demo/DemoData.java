package nl.vangnet.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.intake.AdviceRequestInput;
import nl.vangnet.intake.AdviceRequests;
import nl.vangnet.intake.ReportInput;
import nl.vangnet.intake.ReportInput.HouseholdInput;
import nl.vangnet.intake.ReportInput.PersonInput;
import nl.vangnet.intake.ReportInput.ReporterInput;
import nl.vangnet.intake.ReportRegistration;
import nl.vangnet.intake.ReporterContacts;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.Installation;
import nl.vangnet.platform.InstallationMode;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.ExternalAccount;
import nl.vangnet.staff.ExternalAccounts;
import nl.vangnet.staff.InstallationClaimed;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.staff.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo: team "Team Utrecht-Stad" with one user per role (password {@value #PASSWORD}, TOTP secret
 * {@value #TOTP_SECRET}, API token {@code demo-<username>}) and a handful of fictitious reports, dossiers and an
 * advice request, registered as the demo workers would. Runs only on a database whose mode is DEMO
 * (see {@link Installation}).
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

    /** The external parties' demo accounts: time-boxed for a year from the seeding, in no team. */
    static final Map<String, Role> EXTERNAL_USERS = Map.of("onderzoeker", Role.RESEARCHER, "accountant", Role.ACCOUNTANT,
            "inspectie", Role.INSPECTORATE, "ombudsman", Role.OMBUDSMAN);

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "medewerker", "Mila de Medewerker", "gedragswetenschapper", "Gijs Gedragswetenschapper",
            "jurist", "Julia Jurist", "vertrouwensarts", "Vera Vertrouwensarts", "crisisdienst", "Cas Crisisdienst",
            "secretariaat", "Sanne Secretariaat", "teamleider", "Tom Teamleider", "fg", "Fatima FG",
            "applicatiebeheer", "Arjen Applicatiebeheer");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId NL = DutchTime.ZONE;

    private final StaffDirectory directory;
    private final ExternalAccounts externalAccounts;
    private final ApiTokens tokens;
    private final ReportRegistration reports;
    private final ReporterContacts reporterContacts;
    private final AdviceRequests adviceRequests;
    private final Installation installation;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(StaffDirectory directory, ExternalAccounts externalAccounts, ApiTokens tokens, ReportRegistration reports, ReporterContacts reporterContacts,
            AdviceRequests adviceRequests,
            Installation installation, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.externalAccounts = externalAccounts;
        this.tokens = tokens;
        this.reports = reports;
        this.reporterContacts = reporterContacts;
        this.adviceRequests = adviceRequests;
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
                seedStaff();
                seedCases();
                log.info("Demo data seeded: {} users in {}", USERS.size(), TEAM);
            }
            renewTokens();
        });
    }

    private void seedStaff() {
        Team team = directory.createTeam(TEAM);
        for (var user : USERS.entrySet()) {
            StaffUser created = directory.createPerson(new StaffDirectory.NewStaffMember(user.getKey(),
                    DISPLAY_NAMES.get(user.getKey()), PASSWORD, EnumSet.of(user.getValue()), Set.of(team.id()), false));
            directory.setDemoSecondFactor(created.id(), TOTP_SECRET, installation);
        }
        LocalDate today = DutchTime.today(clock);
        as("applicatiebeheer", () -> EXTERNAL_USERS.forEach((username, role) -> {
            ExternalAccount created = externalAccounts.create(new ExternalAccount.New(username, "Demo " + username, PASSWORD,
                    role.name(), "Demo-organisatie", today.toString(), today.toString(), today.toString(),
                    today.plusDays(365).toString()));
            directory.changePassword(created.userId(), PASSWORD);
            directory.setDemoSecondFactor(created.userId(), TOTP_SECRET, installation);
        }));
    }

    /** Fictitious cases, registered by the demo workers through the same intake as real ones. */
    private void seedCases() {
        as("medewerker", () -> {
            String jansen = register(daysAgo(3), "PHONE", professional("EDUCATION", "J. de Vries", "Basisschool De Regenboog"),
                    household("Oudegracht", "3511AB", "12", "GM0344"), List.of(
                            person("PARENT_OR_CAREGIVER", "Jansen", "Petra", "1988-04-12"),
                            person("ALLEGED_PERPETRATOR", "Jansen", "Mark", "1985-09-30"),
                            person("CHILD", "Jansen", "Sem", "2017-02-03")),
                    List.of("CHILD_ABUSE"), "Sem vertelt op school dat zijn vader hem slaat als hij boos is. Hij had vorige week een blauwe plek op zijn arm.", false);
            reporterContacts.verifyWithReporter(UUID.fromString(jansen), "J. de Vries (leerkracht)", null, "telefonisch", null);
            register(daysAgo(1), "EMAIL", privatePerson("A. Bakker"), household("Kanaalstraat", "3521CD", "4", "GM0344"), List.of(
                            person("VICTIM", "Özdemir", "Ayşe", "1979-11-05"),
                            person("ALLEGED_PERPETRATOR", "Berg", "Kees", "1977-06-21")),
                    List.of("PARTNER_VIOLENCE"), "De buurvrouw hoort 's nachts geschreeuw en gebonk; mevrouw had een gezwollen oog.", false);
            register(daysAgo(8), "PHONE", professional("HEALTH_CARE", "Dr. S. Smit", "Huisartsenpraktijk Lombok"),
                    household("Vleutenseweg", "3531EF", "77", "GM0344"), List.of(
                            person("VICTIM", "Bakker", "Johanna", "1941-03-17"),
                            person("ALLEGED_PERPETRATOR", "Bakker", "Ruud", "1968-08-08")),
                    List.of("ELDER_ABUSE"), "Mevrouw is sterk vermagerd; de zoon beheert haar geld en laat haar weinig eten kopen.", false);
            adviceRequests.register(new AdviceRequestInput(OffsetDateTime.now(clock.withZone(NL)).minusHours(2).toString(),
                    "PHONE", new AdviceRequestInput.Seeker("Moeder van een klasgenoot", true, "PRIVATE", null, null),
                    "Een klasgenoot van mijn dochter zegt dat ze thuis niet mag eten als ze iets fout doet.",
                    List.of("CHILD_ABUSE"), "Uitgelegd wat signalen zijn; geadviseerd de leerkracht te vragen mee te kijken.",
                    "belt terug na gesprek met de leerkracht", clock.instant().atZone(NL).toLocalDate().plusDays(2).toString(),
                    List.of(), null), "demo-advies-1");
        });
        as("crisisdienst", () -> register(OffsetDateTime.now(clock.withZone(NL)).minusHours(3), "POLICE_NOTICE",
                professional("POLICE", "Wijkagent R. Visser", "Politie Midden-Nederland"), household("Amsterdamsestraatweg", "3552GH", "9", "GM0344"),
                List.of(person("VICTIM", "Visser", "Noor", "1995-01-26"), person("CHILD", "Visser", "Lieke", "2021-07-14")),
                List.of("PARTNER_VIOLENCE", "CHILD_ABUSE"),
                "Politie is ter plaatse geweest na een melding van de buren; de ex-partner staat regelmatig voor de deur.", true));
    }

    private OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(clock.withZone(NL)).minusDays(days).withHour(10).withMinute(15).withSecond(0).withNano(0);
    }

    private String register(OffsetDateTime receivedAt, String channel, ReporterInput reporter, HouseholdInput household,
            List<PersonInput> persons, List<String> types, String concern, boolean acute) {
        return reports.register(new ReportInput(receivedAt.toString(), channel, false, null, reporter, household, persons,
                types, concern, "UNKNOWN", acute, null), "demo-" + concern.hashCode()).id().toString();
    }

    private static ReporterInput professional(String category, String name, String organisation) {
        return new ReporterInput("PROFESSIONAL", category, null, name, organisation, null, "0301234567", null, false,
                null, null, null);
    }

    private static ReporterInput privatePerson(String name) {
        return new ReporterInput("PRIVATE", null, null, name, null, null, "0612345678", null, false, true, null, null);
    }

    private static HouseholdInput household(String street, String postcode, String number, String municipality) {
        return new HouseholdInput(postcode, number, municipality, null, street);
    }

    private static PersonInput person(String role, String surname, String givenNames, String dateOfBirth) {
        return new PersonInput(role, null, surname, null, givenNames, dateOfBirth, null, null, null, null);
    }

    private void as(String username, Runnable action) {
        StaffPrincipal principal = directory.demoPrincipal(username, installation);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The demo tokens are valid for 90 days from every demo start, so that scripted checks keep working. */
    private void renewTokens() {
        UUID admin = directory.findByUsername("applicatiebeheer").orElseThrow().id();
        for (String username : Stream.concat(USERS.keySet().stream(), EXTERNAL_USERS.keySet().stream()).toList()) {
            StaffUser user = directory.findByUsername(username).orElseThrow();
            String token = "demo-" + username;
            tokens.removeNamed(user.id(), "demo");
            tokens.store(user.id(), "demo", token, clock.instant(), clock.instant().plus(Duration.ofDays(90)), admin);
        }
    }
}
