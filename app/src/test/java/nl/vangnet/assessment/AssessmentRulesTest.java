package nl.vangnet.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffUser;
import org.junit.jupiter.api.Test;

/** The assessment's input rules, without a database: the caller supplies the risk factor list and the staff. */
class AssessmentRulesTest {

    static final UUID WORKER = UUID.randomUUID();
    static final UUID SCIENTIST = UUID.randomUUID();
    static final Set<String> FACTORS = Set.of("ALCOHOL", "DEBTS");
    static final Function<UUID, Optional<StaffUser>> STAFF = id -> Optional.of(new StaffUser(id, "u", "U", StaffKind.PERSON,
            true, id.equals(SCIENTIST) ? Set.of(Role.BEHAVIOURAL_SCIENTIST) : Set.of(Role.CASE_WORKER), Set.of(), true, false, 0,
            Instant.EPOCH));

    static AssessmentInput complete(String decision, String confirmer) {
        return new AssessmentInput(List.of(new AssessmentInput.SourceInput("OWN_RECORDS", "2026-11-23", "Niets bekend", false, null)),
                false, null, true, "Structureel", List.of("ALCOHOL", "ALCOHOL"), null, decision, null, null, "Omdat", true,
                confirmer);
    }

    @Test
    void aCompletedAssessmentNamesADecisionAndAnotherGedragswetenschapperToConfirmIt() {
        AssessmentRules.Checked checked = AssessmentRules.check(complete("INVESTIGATION", SCIENTIST.toString()), true, FACTORS,
                STAFF, WORKER);
        assertThat(checked.decision()).isEqualTo(Decision.INVESTIGATION);
        assertThat(checked.confirmer()).isEqualTo(SCIENTIST);
        assertThat(checked.riskFactors()).containsExactly("ALCOHOL");
        assertThat(checked.sources()).singleElement().satisfies(s -> assertThat(s.gatheredOn()).isEqualTo(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aDraftNeedsNoDecisionNorConfirmer() {
        AssessmentInput draft = new AssessmentInput(null, null, null, null, null, null, null, null, null, null, null, false, null);
        assertThat(AssessmentRules.check(draft, false, FACTORS, STAFF, WORKER).decision()).isNull();
    }

    @Test
    void aCompletedAssessmentWithoutDecisionReasonsAndSourcesIsRefusedAtEachField() {
        AssessmentInput empty = new AssessmentInput(null, null, null, null, null, null, null, null, null, null, null, true, null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentRules.check(empty, true, FACTORS, STAFF, WORKER));
        assertThat(e.byField()).containsOnlyKeys("sources", "acuteUnsafety", "structuralUnsafety", "decision", "reasoning",
                "confirmerId");
    }

    @Test
    void theConfirmerMustBeAGedragswetenschapperOtherThanTheWorker() {
        assertThatThrownBy(() -> AssessmentRules.check(complete("INVESTIGATION", WORKER.toString()), true, FACTORS, STAFF, WORKER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField())
                        .containsEntry("confirmerId", "Kies de gedragswetenschapper die de beoordeling bevestigt."));
        assertThatThrownBy(() -> AssessmentRules.check(complete("INVESTIGATION", SCIENTIST.toString()), true, FACTORS, STAFF, SCIENTIST))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField())
                        .containsEntry("confirmerId", "Vier ogen: kies een andere gedragswetenschapper dan uzelf."));
    }

    @Test
    void aRiskFactorOffTheListIsRefused() {
        AssessmentInput in = new AssessmentInput(null, null, null, null, null, List.of("GAMBLING"), null, null, null, null, null,
                false, null);
        assertThatThrownBy(() -> AssessmentRules.check(in, false, FACTORS, STAFF, WORKER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsKey("riskFactors"));
    }

    @Test
    void aHandoverNamesToWhomAndWho() {
        assertThatThrownBy(() -> AssessmentRules.check(complete("HANDOVER", SCIENTIST.toString()), true, FACTORS, STAFF, WORKER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("handoverTo"));
    }

    @Test
    void onlyAReporterWhoHearsTheOutcomeIsInformedAndOnlyTheHouseholdCanBeWithheld() {
        AssessmentRules.checkInforming("REPORTER", true, "Telefonisch", null);
        AssessmentRules.checkInforming("HOUSEHOLD", false, null, "Veiligheid van het kind");
        assertThatThrownBy(() -> AssessmentRules.checkInforming("REPORTER", false, "Telefonisch", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("who"));
        assertThatThrownBy(() -> AssessmentRules.checkInforming("REPORTER", true, null, "Veiligheid"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("withheldReason"));
        assertThatThrownBy(() -> AssessmentRules.checkInforming("HOUSEHOLD", false, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("how"));
    }

    @Test
    void aRiskFactorsCodeIsItsLabelWithoutAccentsInCapitals() {
        assertThat(RiskFactors.codeOf("Financiële problemen / schulden")).isEqualTo("FINANCIELE_PROBLEMEN_SCHULDEN");
    }
}
