package nl.vangnet.worklist;

import java.util.List;
import nl.vangnet.dossier.DossierCards;
import nl.vangnet.intake.ViolenceType;

/**
 * What a list row shows to recognise a case: the dossier's card (reference, household, place, assigned workers) and
 * the types of violence reported in it. Only for a dossier the reader may open.
 */
public record CaseCard(String reference, String householdName, String place, List<ViolenceType> violenceTypes,
        List<String> workers) {

    static CaseCard of(DossierCards.Card card, List<ViolenceType> types) {
        return new CaseCard(card.reference(), card.householdName(), card.place(), types == null ? List.of() : types,
                card.workers());
    }
}
