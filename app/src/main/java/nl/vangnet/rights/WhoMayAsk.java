package nl.vangnet.rights;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * Who may ask for whom (DOMAIN.md "Rights of the persons in a dossier"; Wmo 2015 art. 5.3.2; WGBO art. 7:450 and
 * 7:465 BW), on the age the person has on the day the request is received:
 * <table>
 * <tr><th>person</th><th>may ask</th></tr>
 * <tr><td>16 or older</td><td>only the person; a parent with authority or guardian with the person's consent</td></tr>
 * <tr><td>12 to 16</td><td>the person, and the parents with authority or guardian (no consent needed)</td></tr>
 * <tr><td>under 12</td><td>only the parents with authority or guardian</td></tr>
 * <tr><td>incapacitated, under 18</td><td>the parents with authority or guardian</td></tr>
 * <tr><td>incapacitated, 18 or older</td><td>the legal representative</td></tr>
 * </table>
 * A year of age is complete on the birthday; who was born on 29 February completes it on 1 March in a year without
 * one ({@link Period}). Without a date of birth the age, and so who may ask, is unknown.
 */
public final class WhoMayAsk {

    public static final String FROM_16 = "16 jaar of ouder: alleen de persoon zelf vraagt; een ouder met gezag of een "
            + "voogd alleen met toestemming van de persoon.";
    public static final String FROM_12_TO_16 = "12 tot 16 jaar: de persoon zelf, en de ouders met gezag of de voogd "
            + "zonder toestemming van de persoon.";
    public static final String UNDER_12 = "Jonger dan 12 jaar: alleen de ouders met gezag of de voogd vragen namens het kind.";
    public static final String INCAPACITATED_MINOR = "Wilsonbekwaam en jonger dan 18 jaar: de ouders met gezag of de "
            + "voogd vragen namens de persoon.";
    public static final String INCAPACITATED_ADULT = "Wilsonbekwaam en 18 jaar of ouder: de wettelijk vertegenwoordiger "
            + "vraagt namens de persoon.";
    public static final String AGE_UNKNOWN = "Leeftijd onbekend: zonder geboortedatum van de persoon is niet vast te "
            + "stellen wie het verzoek mag doen; leg eerst de geboortedatum vast.";

    private static final Set<Requester> PARENTS = Set.of(Requester.PARENT_WITH_AUTHORITY, Requester.GUARDIAN);

    /**
     * The table's answer: whether the request may be taken in, the rule of the row that decided (in Dutch) and the age
     * it counted (null when unknown).
     */
    public record Verdict(boolean allowed, String rule, Integer age) {

        /** The refusal as the requester field shows it: the rule it breaks. */
        public String refusal() {
            return "Dit verzoek kan niet worden aangenomen. Regel: " + rule;
        }
    }

    private WhoMayAsk() {
    }

    public static Verdict decide(Requester requester, LocalDate dateOfBirth, LocalDate receivedOn, boolean incapacitated,
            boolean personConsented) {
        if (dateOfBirth == null || dateOfBirth.isAfter(receivedOn)) {
            return new Verdict(false, AGE_UNKNOWN, null);
        }
        int age = Period.between(dateOfBirth, receivedOn).getYears();
        if (incapacitated && age < 18) {
            return new Verdict(PARENTS.contains(requester), INCAPACITATED_MINOR, age);
        }
        if (incapacitated) {
            return new Verdict(requester == Requester.LEGAL_REPRESENTATIVE, INCAPACITATED_ADULT, age);
        }
        if (age >= 16) {
            return new Verdict(requester == Requester.SELF || PARENTS.contains(requester) && personConsented, FROM_16, age);
        }
        if (age >= 12) {
            return new Verdict(requester == Requester.SELF || PARENTS.contains(requester), FROM_12_TO_16, age);
        }
        return new Verdict(PARENTS.contains(requester), UNDER_12, age);
    }
}
