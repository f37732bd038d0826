package nl.vangnet.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person the radar found, with where the person appears: dossiers (and other involvement such as advice
 * requests), never their content. {@code mayOpen} says whether the searcher may open that dossier.
 */
public record RadarHit(UUID personId, String surname, String surnamePrefix, String givenNames, LocalDate dateOfBirth,
        double score, List<Involvement> dossiers) {

    public record Involvement(UUID dossierId, String reference, String kind, String status, LocalDate openedOn,
            LocalDate closedOn, String team, String role, boolean mayOpen) {
    }
}
