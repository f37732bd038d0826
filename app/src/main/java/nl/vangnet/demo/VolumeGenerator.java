package nl.vangnet.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.vangnet.platform.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a demo database with synthetic Dutch persons, households and dossiers at national scale, for the radar's
 * benchmark: {@code --vangnet.generate.persons=10000000 --vangnet.generate.dossiers=3000000}. Set-based SQL in
 * batches, deterministic (seeded); about 9% of the persons have no BSN (their generated number fails the elfproef),
 * 20% of the surnames carry a particle, 70% of the dossiers are closed. Refused outside the demo.
 */
@Component
class VolumeGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);
    private static final int BATCH = 250_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Installation installation;
    private final long persons;
    private final long dossiers;

    VolumeGenerator(JdbcClient jdbc, TransactionTemplate transactions, Installation installation,
            @Value("${vangnet.generate.persons:0}") long persons, @Value("${vangnet.generate.dossiers:0}") long dossiers) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.installation = installation;
        this.persons = persons;
        this.dossiers = dossiers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (persons <= 0) {
            return;
        }
        if (!installation.demo()) {
            throw new IllegalStateException("Synthetic volume is generated only into a demo database");
        }
        long already = jdbc.sql("SELECT count(*) FROM dossier WHERE reference LIKE 'GEN-%'").query(Long.class).single();
        if (already > 0) {
            log.info("Synthetic volume already present ({} dossiers); not generating again", already);
            return;
        }
        long dossierCount = dossiers > 0 ? dossiers : Math.max(1, persons * 3 / 10);
        UUID team = jdbc.sql("SELECT id FROM team ORDER BY created_at LIMIT 1").query(UUID.class).single();
        Instant start = Instant.now();
        for (long from = 1; from <= dossierCount; from += BATCH) {
            long to = Math.min(dossierCount, from + BATCH - 1);
            long f = from;
            transactions.executeWithoutResult(s -> jdbc.sql("""
                    INSERT INTO dossier (id, reference, team_id, status, opened_on, closed_on, closed_reason, created_at, updated_at,
                                         household_postcode, household_house_number, household_municipality_code)
                    SELECT md5('dossier' || n)::uuid, 'GEN-' || lpad(n::text, 8, '0'), :team,
                           CASE WHEN n % 10 < 7 THEN 'CLOSED' ELSE 'OPEN' END,
                           date '2006-01-01' + (n * 7919 % 7300)::int,
                           CASE WHEN n % 10 < 7 THEN date '2006-01-01' + (n * 7919 % 7300)::int + 120 END,
                           CASE WHEN n % 10 < 7 THEN 'Gegenereerd' END,
                           now(), now(),
                           (1000 + n % 9000)::text || chr(65 + (n % 26)::int) || chr(65 + (n / 26 % 26)::int),
                           (1 + n % 300)::text, 'GM0344'
                    FROM generate_series(:from, :to) n""")
                    .param("team", team).param("from", f).param("to", to).update());
            log.info("Generated dossiers up to {} of {}", to, dossierCount);
        }
        for (long from = 1; from <= persons; from += BATCH) {
            long to = Math.min(persons, from + BATCH - 1);
            long f = from;
            transactions.executeWithoutResult(s -> {
                jdbc.sql("""
                        WITH names AS (
                          SELECT ARRAY['Jansen','de Jong','de Vries','van den Berg','van Dijk','Bakker','Janssen','Visser',
                            'Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen',
                            'Dekker','Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','van der Linden',
                            'Kok','Jacobs','de Haan','Vermeulen','van den Heuvel','van der Veen','van den Broek',
                            'de Bruijn','de Bruin','van der Heijden','Schouten','van Beek','Willems','van Vliet',
                            'van de Ven','Hoekstra','Maas','Verhoeven','Koster','van Dam','van der Wal','Prins',
                            'Blom','Huisman','Peeters','de Lange','van Kempen','Kuipers','van Wijk','Postma',
                            'Yılmaz','Kaya','Demir','Şahin','Çelik','Özdemir','Öztürk','El Amrani','Bouzid',
                            'Ouali','Benali','Nguyen','Tran','Kowalski','Nowak','Wiśniewski','Pereira','da Silva',
                            'Rodrigues','Doğan','Aydın','Arslan','Koç','Kurt','Martina','Rosaria','Sewdien',
                            'Ramdin','Jagesar','Mohan','Hassan','Ali','Ahmed','Mohamed','Ibrahim','Abdi','Osman',
                            'Haddou','Ait Ali','van Rijn','ter Horst','ten Brink','van ''t Hof','op den Kamp'] AS s,
                          ARRAY['Emma','Sophie','Julia','Mila','Tess','Noor','Zoë','Sara','Anna','Eva','Lotte','Liv',
                            'Fenna','Yara','Nora','Lisa','Sanne','Fleur','Iris','Anouk','Petra','Ingrid','Maria',
                            'Johanna','Ayşe','Fatma','Zeynep','Fatima','Khadija','Amina','Salma','Lina','Yasmina',
                            'Noah','Sem','Liam','Lucas','Daan','Finn','Levi','Luuk','Bram','Jesse','Thijs','Milan',
                            'Sven','Ruben','Tim','Thomas','Jan','Piet','Kees','Mark','Ruud','Johan','Willem','Hendrik',
                            'Mehmet','Mustafa','Ahmet','Emre','Mohammed','Youssef','Adam','Ayoub','Bilal','Omar',
                            'Anh','Minh','Jakub','Piotr','João','Rohan','Ravi','Dewi','Siti','Kofi','Kwame',
                            'Jan-Willem','Anne-Marie','Sophie-Louise','Mohamed Amin'] AS g)
                        INSERT INTO person (id, bsn, surname, surname_prefix, given_names, date_of_birth, gender,
                                            created_at, postcode, house_number)
                        SELECT md5('person' || n)::uuid,
                               CASE WHEN check_digit < 10 THEN digits || check_digit::text END,
                               regexp_replace(s[1 + (n * 2654435761 % array_length(s, 1))::int], '^((van|de|den|der|ter|ten|op|''t) )+', ''),
                               CASE WHEN s[1 + (n * 2654435761 % array_length(s, 1))::int] ~ '^(van|de|den|der|ter|ten|op|''t) '
                                    THEN rtrim(regexp_replace(s[1 + (n * 2654435761 % array_length(s, 1))::int],
                                                              '^(((van|de|den|der|ter|ten|op|''t) )+).*$', '\\1')) END,
                               g[1 + (n * 40503 % array_length(g, 1))::int],
                               date '1930-01-01' + (n * 104729 % 34000)::int,
                               CASE WHEN n % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
                               now(),
                               (1000 + (n * 3 / 10) % 9000)::text || chr(65 + ((n * 3 / 10) % 26)::int) || chr(65 + ((n * 3 / 10) / 26 % 26)::int),
                               (1 + (n * 3 / 10) % 300)::text
                        FROM names, generate_series(:from, :to) n,
                             LATERAL (SELECT lpad((10000000 + n * 7)::text, 8, '0') AS digits) d8,
                             LATERAL (SELECT ((9 * substr(digits,1,1)::int + 8 * substr(digits,2,1)::int + 7 * substr(digits,3,1)::int
                                             + 6 * substr(digits,4,1)::int + 5 * substr(digits,5,1)::int + 4 * substr(digits,6,1)::int
                                             + 3 * substr(digits,7,1)::int + 2 * substr(digits,8,1)::int) % 11) AS check_digit) c""")
                        .param("from", f).param("to", to).update();
                jdbc.sql("""
                        INSERT INTO dossier_person (dossier_id, person_id, role)
                        SELECT md5('dossier' || (1 + (n - 1) * :dossiers / :persons))::uuid, md5('person' || n)::uuid,
                               (ARRAY['VICTIM','ALLEGED_PERPETRATOR','CHILD','PARENT_OR_CAREGIVER','OTHER_HOUSEHOLD_MEMBER'])[1 + (n % 5)::int]
                        FROM generate_series(:from, :to) n""")
                        .param("dossiers", dossierCount).param("persons", persons).param("from", f).param("to", to).update();
            });
            log.info("Generated persons up to {} of {} ({} s)", to, persons, Duration.between(start, Instant.now()).toSeconds());
        }
        jdbc.sql("ANALYZE person").update();
        jdbc.sql("ANALYZE dossier").update();
        jdbc.sql("ANALYZE dossier_person").update();
        log.info("Synthetic volume generated: {} persons, {} dossiers in {} s", persons, dossierCount,
                Duration.between(start, Instant.now()).toSeconds());
    }
}
