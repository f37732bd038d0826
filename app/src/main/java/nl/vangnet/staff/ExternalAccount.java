package nl.vangnet.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.vangnet.platform.Checks;

/**
 * An account of an external party (researcher, accountant, inspectorate, ombudsman) as applicatiebeheer recorded it:
 * its VOG and signed confidentiality statement (when, checked by whom) and its time box, outside which it cannot log
 * in and its role grants nothing.
 */
public record ExternalAccount(UUID userId, String username, String displayName, Role role, String organisation,
        LocalDate vogIssuedOn, UUID vogCheckedBy, Instant vogCheckedAt, LocalDate confidentialitySignedOn,
        UUID confidentialityCheckedBy, Instant confidentialityCheckedAt, LocalDate validFrom, LocalDate validUntil) {

    /** The longest time box of an external account (and of a selection for it). */
    public static final int MAX_DAYS = 366;

    /** Whether the time box holds {@code today}. */
    public boolean validOn(LocalDate today) {
        return !today.isBefore(validFrom) && !today.isAfter(validUntil);
    }

    /** A new external account, as beheer (page or API) sends it. */
    public record New(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64, example = "onderzoeker-uu",
                    description = "Gebruikersnaam") @Size(max = 64) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Checks.MAX_SHORT_TEXT, example = "Dr. O. Onderzoeker",
                    description = "Naam") @Size(max = Checks.MAX_SHORT_TEXT) String displayName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "juist-wachtwoord-42",
                    description = "Eerste wachtwoord (bij de eerste aanmelding te wijzigen)") @Size(max = 200) String initialPassword,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"RESEARCHER", "ACCOUNTANT", "INSPECTORATE",
                    "OMBUDSMAN"}, example = "RESEARCHER", description = "De externe rol") @Size(max = 20) String role,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Checks.MAX_SHORT_TEXT, example = "Universiteit Utrecht",
                    description = "De organisatie") @Size(max = Checks.MAX_SHORT_TEXT) String organisation,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-04-01",
                    description = "Datum van afgifte van de VOG (gecontroleerd door wie dit vastlegt); niet in de toekomst")
            @Size(max = 10) String vogIssuedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-05-06",
                    description = "Datum waarop de geheimhoudingsverklaring is getekend (gecontroleerd door wie dit vastlegt); "
                            + "niet in de toekomst") @Size(max = 10) String confidentialitySignedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-05-11",
                    description = "Geldig vanaf") @Size(max = 10) String validFrom,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-12-31",
                    description = "Geldig tot en met; ten hoogste een jaar na geldig vanaf, niet in het verleden")
            @Size(max = 10) String validUntil) {

        @Override
        public String toString() {
            return "New[" + username + ", " + role + "]";
        }
    }
}
