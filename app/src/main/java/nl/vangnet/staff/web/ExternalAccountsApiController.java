package nl.vangnet.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.ExternalAccount;
import nl.vangnet.staff.ExternalAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Beheer of external accounts, for applicatiebeheer only (the security chain guards /api/v1/admin/**). */
@RestController
@Tag(name = "Externe toegang (beheer)", description = "Accounts voor onderzoekers, de accountant, de inspecties en de "
        + "(kinder)ombudsman: met VOG, getekende geheimhoudingsverklaring en altijd een geldigheidsduur van ten hoogste een jaar")
class ExternalAccountsApiController {

    private final ExternalAccounts accounts;

    ExternalAccountsApiController(ExternalAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/admin/external-accounts")
    @Operation(summary = "Maak een extern account aan; wie het vastlegt, heeft VOG en geheimhoudingsverklaring gecontroleerd")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location noemt het account")
    ResponseEntity<ExternalAccount> create(@RequestBody @Valid ExternalAccount.New request) {
        ExternalAccount created = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/admin/external-accounts/" + created.userId())).body(created);
    }

    @GetMapping("/api/v1/admin/external-accounts")
    @Operation(summary = "Alle externe accounts, met VOG, geheimhoudingsverklaring en geldigheidsduur")
    List<ExternalAccount> all() {
        return accounts.all();
    }

    @GetMapping("/api/v1/admin/external-accounts/{id}")
    @Operation(summary = "Eén extern account")
    ExternalAccount one(@PathVariable UUID id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("Dit externe account bestaat niet."));
    }
}
