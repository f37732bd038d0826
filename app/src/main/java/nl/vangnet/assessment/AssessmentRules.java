package nl.vangnet.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffUser;

/**
 * The rules of an assessment's input that need no database: what a draft may hold, what a completed assessment must
 * hold (sources, acute and structural unsafety, a decision with its reasons, a different gedragswetenschapper to
 * confirm), and how the reporter or household is informed. The caller supplies what the database knows.
 */
final class AssessmentRules {

    static final Set<String> SOURCES = Set.of("OWN_RECORDS", "POLICE", "RVDK", "VERWIJSINDEX", "OTHER");
    static final Set<String> HANDOVER_TO = Set.of("LOCAL_TEAM", "CARE_INVOLVED", "HOUSEHOLD");

    private AssessmentRules() {
    }

    /** The checked content of an assessment. */
    record Checked(List<AssessmentView.Source> sources, List<String> riskFactors, Decision decision, UUID confirmer) {
    }

    /**
     * Checks a draft, or with {@code complete} an assessment ready for confirmation; every problem at its field.
     *
     * @param activeRiskFactors the codes on the managed list today
     * @param staff             finds a staff member (the confirmer) by id
     * @param me                the worker completing it (never their own confirmer)
     */
    static Checked check(AssessmentInput in, boolean complete, Set<String> activeRiskFactors,
            Function<UUID, Optional<StaffUser>> staff, UUID me) {
        List<String> riskFactors = new ArrayList<>();
        Decision decision = null;
        UUID confirmerId = null;
        Checks v = new Checks();
        List<AssessmentView.Source> checkedSources = v.each("sources", in.sources(), i -> s -> {
            String f = "sources[" + i + "]";
            if (s.source() == null || !SOURCES.contains(s.source())) {
                v.reject(f + ".source", "Kies de bron: eigen registratie, politie, Raad voor de Kinderbescherming, Verwijsindex of anders.");
            }
            LocalDate on = null;
            try {
                on = s.gatheredOn() == null ? null : Checks.parseDate(s.gatheredOn());
            } catch (DateTimeParseException e) {
                v.reject(f + ".gatheredOn", "Geef een datum als jjjj-mm-dd.");
            }
            if (on == null) {
                v.reject(f + ".gatheredOn", "Vul in wanneer de informatie is verzameld.");
            }
            if (s.summary() == null || s.summary().isBlank()) {
                v.reject(f + ".summary", "Vat de verkregen informatie samen.");
            }
            if (Boolean.TRUE.equals(s.careInvolved()) && (s.careBy() == null || s.careBy().isBlank())) {
                v.reject(f + ".careBy", "Vul in welke hulp al betrokken is.");
            }
            return new AssessmentView.Source(s.source(), on, Text.blankToNull(s.summary()),
                    Boolean.TRUE.equals(s.careInvolved()), Text.blankToNull(s.careBy()));
        });
        for (String rf : in.riskFactors() == null ? List.<String>of() : in.riskFactors()) {
            if (!activeRiskFactors.contains(rf)) {
                v.reject("riskFactors", "Onbekende risicofactor: kies uit de lijst en licht de rest toe in vrije tekst.");
            } else if (!riskFactors.contains(rf)) {
                riskFactors.add(rf);
            }
        }
        if (in.decision() != null && !in.decision().isBlank()) {
            try {
                decision = Decision.valueOf(in.decision());
            } catch (IllegalArgumentException e) {
                v.reject("decision", "Kies een van de besluiten over het vervolg.");
            }
        }
        if (in.handoverTo() != null && !in.handoverTo().isBlank() && !HANDOVER_TO.contains(in.handoverTo())) {
            v.reject("handoverTo", "Draag over aan het lokale team, de betrokken hulp of het huishouden zelf.");
        }
        if (complete) {
            if (checkedSources.isEmpty()) {
                v.reject("sources", "Leg vast welke informatie is verzameld (ten minste de eigen registratie).");
            }
            if (in.acuteUnsafety() == null) {
                v.reject("acuteUnsafety", "Is er acute onveiligheid? Kies ja of nee.");
            } else if (in.acuteUnsafety() && Text.blankToNull(in.acuteDescription()) == null) {
                v.reject("acuteDescription", "Beschrijf de acute onveiligheid.");
            }
            if (in.structuralUnsafety() == null) {
                v.reject("structuralUnsafety", "Is er structurele onveiligheid? Kies ja of nee.");
            } else if (in.structuralUnsafety() && Text.blankToNull(in.structuralDescription()) == null) {
                v.reject("structuralDescription", "Beschrijf de structurele onveiligheid.");
            }
            if (decision == null && v.ok("decision")) {
                v.reject("decision", "Kies het besluit over het vervolg.");
            }
            if (decision == Decision.HANDOVER && (Text.blankToNull(in.handoverTo()) == null || Text.blankToNull(in.handoverParty()) == null)) {
                v.reject("handoverTo", "Leg vast aan wie wordt overgedragen (lokaal team, betrokken hulp of het huishouden) en wie dat is.");
            }
            if (Text.blankToNull(in.reasoning()) == null) {
                v.reject("reasoning", "Onderbouw het besluit.");
            }
            try {
                confirmerId = in.confirmerId() == null ? null : UUID.fromString(in.confirmerId());
            } catch (IllegalArgumentException e) {
                confirmerId = null;
            }
            Optional<StaffUser> confirmer = Optional.ofNullable(confirmerId).flatMap(staff);
            if (confirmer.isEmpty() || !confirmer.get().enabled() || !confirmer.get().roles().contains(Role.BEHAVIOURAL_SCIENTIST)) {
                v.reject("confirmerId", "Kies de gedragswetenschapper die de beoordeling bevestigt.");
            } else if (confirmer.get().id().equals(me)) {
                v.reject("confirmerId", "Vier ogen: kies een andere gedragswetenschapper dan uzelf.");
            }
        }
        v.throwIfInvalid();
        return new Checked(checkedSources, riskFactors, decision, confirmerId);
    }

    /**
     * Who is informed and how: the reporter only when they hear the outcome (a professional or closely involved
     * reporter); only informing the household can be withheld for safety, with the reason; otherwise say how.
     */
    static void checkInforming(String who, boolean reporterHearsOutcome, String how, String withheldReason) {
        Checks v = new Checks();
        if (!"REPORTER".equals(who) && !"HOUSEHOLD".equals(who)) {
            v.reject("who", "Kies de melder of het huishouden.");
        }
        boolean withheld = withheldReason != null && !withheldReason.isBlank();
        if ("REPORTER".equals(who) && !reporterHearsOutcome) {
            v.reject("who", "Alleen een beroepsmatige of nauw betrokken particuliere melder hoort de uitkomst.");
        }
        if (withheld && "REPORTER".equals(who)) {
            v.reject("withheldReason", "Alleen het informeren van het huishouden kan om veiligheid achterwege blijven.");
        }
        if (!withheld && (how == null || how.isBlank())) {
            v.reject("how", "Vul in hoe is geïnformeerd, of waarom het huishouden om veiligheid niet wordt geïnformeerd.");
        }
        v.throwIfInvalid();
    }
}
