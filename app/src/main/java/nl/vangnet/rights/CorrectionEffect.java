package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.letter.LetterPdf;
import nl.vangnet.person.Bsn;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonCorrections;
import nl.vangnet.person.PersonDetails;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A granted correction changes the person's registered data (name, date of birth, address, BSN) as the FG decided,
 * through the history of the working file ({@link PersonCorrections}: each field's earlier value kept, who, when, and
 * as reason the rights request). What to correct comes with the decision ({@link RightsInput.Correction}); what is
 * left out stays as it is. A refused correction changes nothing; the letter says why.
 */
@Component
class CorrectionEffect implements RightEffect {

    /** The corrected fields the FG decided on; null: stays as it is. */
    record Corrected(String bsn, String givenNames, String surnamePrefix, String surname, LocalDate dateOfBirth,
            String postcode, String houseNumber) {

        boolean isEmpty() {
            return bsn == null && givenNames == null && surnamePrefix == null && surname == null && dateOfBirth == null
                    && postcode == null && houseNumber == null;
        }
    }

    private final JdbcClient jdbc;
    private final PersonCorrections corrections;

    CorrectionEffect(JdbcClient jdbc, PersonCorrections corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    /** Checks what the decision says to correct, each problem at its field ({@code correction.<field>}). */
    static Corrected check(Checks v, RightsInput.Correction in, LocalDate today) {
        if (in == null) {
            return new Corrected(null, null, null, null, null, null, null);
        }
        String bsn = in.bsn() == null || in.bsn().isBlank() ? null : Bsn.normalise(in.bsn());
        if (bsn != null && !Bsn.isValid(bsn)) {
            v.reject("correction.bsn", "Dit is geen geldig BSN (negen cijfers die de elfproef doorstaan).");
        }
        String given = v.text("correction.givenNames", in.givenNames(), Checks.MAX_SHORT_TEXT);
        String prefix = v.text("correction.surnamePrefix", in.surnamePrefix(), Checks.MAX_SHORT_TEXT);
        String surname = v.text("correction.surname", in.surname(), Checks.MAX_SHORT_TEXT);
        LocalDate born = in.dateOfBirth() == null || in.dateOfBirth().isBlank() ? null
                : v.date("correction.dateOfBirth", in.dateOfBirth(), today);
        String postcode = Checks.postcode(v.optional(in.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject("correction.postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String number = v.max("correction.houseNumber", v.optional(in.houseNumber()), Checks.MAX_CODE);
        return new Corrected(bsn, given, prefix, surname, born, postcode, number);
    }

    /** Keeps what the FG decided to correct with the request (inside the decision's transaction). */
    static void store(JdbcClient jdbc, UUID requestId, Corrected c) {
        jdbc.sql("""
                UPDATE rights_request SET corrected_bsn = :bsn, corrected_given_names = :given,
                    corrected_surname_prefix = :prefix, corrected_surname = :surname, corrected_date_of_birth = :born,
                    corrected_postcode = :postcode, corrected_house_number = :number
                WHERE id = :id""")
                .param("bsn", c.bsn()).param("given", c.givenNames()).param("prefix", c.surnamePrefix())
                .param("surname", c.surname()).param("born", c.dateOfBirth()).param("postcode", c.postcode())
                .param("number", c.houseNumber()).param("id", requestId).update();
    }

    @Override
    public Set<RightKind> kinds() {
        return Set.of(RightKind.CORRECTION);
    }

    @Override
    public void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        Corrected c = jdbc.sql("""
                SELECT corrected_bsn, corrected_given_names, corrected_surname_prefix, corrected_surname,
                       corrected_date_of_birth, corrected_postcode, corrected_house_number
                FROM rights_request WHERE id = :id""").param("id", request.id())
                .query((rs, n) -> new Corrected(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7))).single();
        PersonDetails p = corrections.details(request.personId())
                .orElseThrow(() -> new NotFoundException("Deze persoon bestaat niet."));
        NewPerson corrected = new NewPerson(null, or(c.bsn(), p.bsn()), or(c.surname(), p.surname()),
                or(c.surnamePrefix(), p.surnamePrefix()), or(c.givenNames(), p.givenNames()),
                c.dateOfBirth() != null ? c.dateOfBirth() : p.dateOfBirth(), p.gender(), or(c.postcode(), p.postcode()),
                or(c.houseNumber(), p.houseNumber()), p.municipalityCode(), p.identificationMissingReason());
        corrections.correctAsDecided(request.personId(), corrected, "Correctie op verzoek van de betrokkene (verzoek "
                + request.id() + ", beslist door de FG op " + LetterPdf.longDate(decidedOn) + ")", request.dossierId());
    }

    private static String or(String corrected, String current) {
        return corrected != null ? corrected : current;
    }
}
