package nl.vangnet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Clamd;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Documents on a dossier, scanned by a real clamd ({@link Clamd}, with the EICAR signature only) before they are
 * stored: a clean PDF comes back byte for byte; a virus, no scanner, a file too large or of the wrong kind is refused
 * and nothing is stored; who has no need to know gets nothing, and is logged.
 */
@IntegrationTest
class DocumentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired DossierOpening opening;
    @LocalServerPort int port;

    String dossier;
    String person;

    @BeforeEach
    void dossierOfTheMedewerker() throws Exception {
        String report = mvc.perform(post("/api/v1/reports")
                        .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Document"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        dossier = JsonPath.read(report, "$.dossierId");
        person = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = :d LIMIT 1")
                .param("d", UUID.fromString(dossier)).query(String.class).single();
    }

    ResultActions upload(String dossierId, String token, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/dossiers/" + dossierId + "/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("personIds", person).header("Authorization", "Bearer " + token));
    }

    long stored() {
        return jdbc.sql("SELECT count(*) FROM document WHERE dossier_id = :d").param("d", UUID.fromString(dossier))
                .query(Long.class).single();
    }

    @Test
    void aCleanPdfIsStoredAndDownloadedWithTheSameChecksum() throws Exception {
        String created = upload(dossier, "demo-medewerker", "../../verslag school.pdf", PDF).andExpect(status().isCreated())
                .andExpect(header().exists("Location")).andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("verslag school.pdf"))
                .andExpect(jsonPath("$.sha256").value(Documents.sha256(PDF)))
                .andExpect(jsonPath("$.personIds[0]").value(person))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        byte[] downloaded = mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents/" + id)
                        .header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Documents.sha256(downloaded)).isEqualTo(Documents.sha256(PDF));
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        long downloads = jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE action = 'READ' AND outcome = 'ALLOWED'
                AND CAST(:d AS uuid) = ANY (dossier_ids) AND CAST(:p AS uuid) = ANY (person_ids)""")
                .param("d", dossier).param("p", person).query(Long.class).single();
        assertThat(downloads).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theEicarTestFileIsRefusedAsAVirusAndNothingIsStored() throws Exception {
        upload(dossier, "demo-medewerker", "brief.pdf", Clamd.EICAR.getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("virus")))
                .andExpect(jsonPath("$.detail").value(containsString("Eicar-Test-Signature")));
        assertThat(stored()).isZero();
    }

    @Test
    void withoutAScannerTheUploadIsRefusedWith503AndNothingIsStored() throws Exception {
        Clamd clamd = Clamd.get();
        clamd.stop();
        try {
            upload(dossier, "demo-medewerker", "verslag.pdf", PDF).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail").value(containsString("de virusscanner is niet bereikbaar")));
        } finally {
            clamd.start();
        }
        assertThat(stored()).isZero();
    }

    @Test
    void aFileOver25MbIsRefusedWith413() throws Exception {
        byte[] large = new byte[Documents.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload(dossier, "demo-medewerker", "groot.pdf", large).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("Een bestand is ten hoogste 25 MB."));
        assertThat(stored()).isZero();
    }

    /** Over the real server (MockMvc skips the multipart limits): Spring refuses the upload before it is read whole. */
    @Test
    void overHttpAnUploadOver25MbIsA413ProblemInDutch() throws Exception {
        byte[] large = new byte[Documents.MAX_BYTES + 512 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        String boundary = "grens" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"personIds\"\r\n\r\n" + person + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(large);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/dossiers/" + dossier + "/documents"))
                .header("Authorization", "Bearer demo-medewerker").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("Een bestand is ten hoogste 25 MB.");
        assertThat(stored()).isZero();
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() throws Exception {
        upload(dossier, "demo-medewerker", "factuur.pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("file"));
        upload(dossier, "demo-medewerker", "script.exe", PDF).andExpect(status().isBadRequest());
        assertThat(stored()).isZero();
    }

    @Test
    void whoHasNoNeedToKnowGetsNothingAndIsLogged() throws Exception {
        String id = JsonPath.read(upload(dossier, "demo-medewerker", "verslag.pdf", PDF).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        // The secretariaat reads the list without file names, and opens no file; a jurist is not on the case.
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents").header("Authorization", "Bearer demo-secretariaat"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].fileName").doesNotExist());
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents/" + id).header("Authorization", "Bearer demo-secretariaat"))
                .andExpect(status().isForbidden());
        upload(dossier, "demo-secretariaat", "verslag.pdf", PDF).andExpect(status().isForbidden());
        upload(dossier, "demo-jurist", "verslag.pdf", PDF).andExpect(status().isForbidden());
        // Another team's dossier, and this document's id guessed under it or under another dossier of the medewerker.
        UUID elsewhere = TestLogins.as(directory, clock, "medewerker", () -> opening.register(new NewDossier(
                directory.createTeam("Team Elders " + UUID.randomUUID().toString().substring(0, 8)).id(),
                LocalDate.of(2026, 1, 5), List.of(new NewPerson(PersonRole.CHILD, null, TestData.uniqueSurname("Elders"),
                        null, "Sem", LocalDate.of(2015, 2, 3), "MALE")), Set.of())));
        long denied = deniedOn(elsewhere);
        mvc.perform(get("/api/v1/dossiers/" + elsewhere + "/documents/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isForbidden());
        upload(elsewhere.toString(), "demo-medewerker", "verslag.pdf", PDF).andExpect(status().isForbidden());
        assertThat(deniedOn(elsewhere)).isEqualTo(denied + 2);
        dossierOfTheMedewerker();
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isNotFound());
    }

    long deniedOn(UUID dossierId) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE outcome = 'DENIED' AND CAST(:d AS uuid) = ANY (dossier_ids)")
                .param("d", dossierId.toString()).query(Long.class).single();
    }
}
