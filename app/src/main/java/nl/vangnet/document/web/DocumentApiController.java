package nl.vangnet.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.vangnet.document.Documents;
import nl.vangnet.document.UploadRefused;
import nl.vangnet.platform.ApiProblems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Documenten", description = "Documenten bij een dossier: vóór het opslaan op virussen gescand; elke download wordt gelogd")
class DocumentApiController {

    private final Documents documents;

    DocumentApiController(Documents documents) {
        this.documents = documents;
    }

    /** The multipart body of an upload, as the OpenAPI document states it (the parameters below are its parts). */
    @Schema(name = "DocumentUpload", requiredProperties = {"file"})
    record Upload(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary", example = "%PDF-1.7 ...",
                    description = "Het bestand: PDF, PNG, JPEG, docx, xlsx, pptx, odt, ods of odp; ten hoogste 25 MB") String file,
            @ArraySchema(arraySchema = @Schema(description = "Over welke personen van het dossier (een of meer), tenzij household true is"),
                    schema = @Schema(format = "uuid", maxLength = 36, example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41")) List<String> personIds,
            @Schema(description = "true: over het hele huishouden", example = "false") Boolean household) {
    }

    @PostMapping(value = "/api/v1/dossiers/{id}/documents")
    @Operation(summary = "Voeg een document toe (multipart/form-data); het wordt eerst op virussen gescand",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))))
    @ApiResponse(responseCode = "201", description = "Het document is gescand en opgeslagen; Location noemt het bestand")
    @ApiResponse(responseCode = "413", description = "Het bestand is groter dan 25 MB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "422", description = "Er is een virus gevonden; niets opgeslagen",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "503", description = "De virusscanner is niet bereikbaar; niets opgeslagen",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<Documents.Document> upload(@PathVariable UUID id,
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(name = "personIds", required = false) List<String> personIds,
            @Parameter(hidden = true) @RequestParam(name = "household", required = false) Boolean household) throws IOException {
        Documents.Document document = documents.upload(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), personIds, household);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/documents/" + document.id())).body(document);
    }

    @GetMapping("/api/v1/dossiers/{id}/documents")
    @Operation(summary = "De documenten van een dossier (zonder de bestanden zelf)")
    List<Documents.Document> list(@PathVariable UUID id) {
        return documents.ofDossier(id);
    }

    @GetMapping("/api/v1/dossiers/{id}/documents/{documentId}")
    @Operation(summary = "Het bestand zelf, als bijlage; de download wordt gelogd")
    @ApiResponse(responseCode = "200", description = "Het bestand",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        Documents.Download file = documents.download(id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> refused(UploadRefused e) {
        return ResponseEntity.status(e.status()).contentType(ApiProblems.PROBLEM_JSON)
                .body(ApiProblems.problem(e.status(), e.title(), e.getMessage()));
    }
}
