package nl.vangnet.notice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kennisgevingen", description = "De wettelijke kennisgevingen van een dossier: van de registratie aan de "
        + "betrokkenen (binnen 4 weken, met reden uit te stellen) en aan B&W na een verzoek aan de Raad")
class NoticeApiController {

    private final DossierTasks tasks;

    NoticeApiController(DossierTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/dossier-tasks")
    @Operation(summary = "Openstaande kennisgevingen (registratie, B&W) van mijn dossiers of van mijn team, vroegste eerst")
    List<DossierTasks.Task> openTasks(@RequestParam(defaultValue = "false") boolean team) {
        return tasks.open(team);
    }

    @PostMapping("/api/v1/dossier-tasks/{taskId}/done")
    @Operation(summary = "Rond een kennisgeving af")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> done(@PathVariable UUID taskId, @RequestBody(required = false) @Valid NoteRequest request) {
        tasks.done(taskId, request == null ? null : request.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/dossier-tasks/{taskId}/extension")
    @Operation(summary = "Stel de kennisgeving van registratie 2 weken uit, met reden")
    Map<String, LocalDate> extend(@PathVariable UUID taskId, @RequestBody @Valid NoticeExtensionRequest request) {
        return Map.of("dueOn", tasks.extend(taskId, request.reason()));
    }

    record NoteRequest(@Schema(example = "Per beveiligde e-mail aan de gemeente Utrecht verstuurd.")
            @Size(max = Checks.MAX_REMARK) String note) {
    }

    record NoticeExtensionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Het huishouden is eerst zelf geïnformeerd; de kennisgeving volgt daarna.")
            @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
