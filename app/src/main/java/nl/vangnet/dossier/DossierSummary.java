package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.UUID;

/** A dossier in a list: no names or content, only what identifies and orders it. */
public record DossierSummary(UUID id, String reference, DossierStatus status, LocalDate openedOn, String teamName,
        int personCount) {
}
