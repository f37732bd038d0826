package nl.vangnet.rights;

import java.time.LocalDate;
import nl.vangnet.letter.LetterPdf;

/**
 * The decision letter on a rights request, as a PDF (the letter module's rendering): the decision, its reasons, the
 * way to the civil court within six weeks without a lawyer (Wmo 2015 art. 5.3.5; AVG art. 79) and, on a complaint,
 * the way to the Autoriteit Persoonsgegevens (AVG art. 77). It names the dossier's reference, the person and the
 * requester; never the dossier's content.
 */
final class DecisionLetter {

    static final String COURT = "Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na deze beslissing "
            + "de burgerlijke rechter (de kantonrechter of de rechtbank) vragen over uw verzoek te beslissen. U heeft "
            + "daarvoor geen advocaat nodig.";
    static final String AUTHORITY = "U kunt uw klacht ook indienen bij de Autoriteit Persoonsgegevens, de toezichthouder "
            + "op de bescherming van persoonsgegevens (www.autoriteitpersoonsgegevens.nl).";

    private DecisionLetter() {
    }

    static String fileName(String reference, LocalDate decidedOn) {
        return "Beslissing-verzoek-betrokkene-" + reference + "-" + decidedOn + ".pdf";
    }

    static byte[] render(RightsRequestView r, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        String addressee = r.requester() == Requester.SELF ? r.personName() : r.requesterName();
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(e(addressee)).append("</p>");
        body.append("<p>Datum: ").append(LetterPdf.longDate(decidedOn)).append("<br/>Dossiernummer: ")
                .append(e(r.dossierReference())).append("</p>");
        body.append("<h2>Beslissing op uw verzoek</h2>");
        body.append("<p>Geachte heer/mevrouw,</p>");
        body.append("<p>Op ").append(LetterPdf.longDate(r.receivedOn())).append(" ontvingen wij uw verzoek om ")
                .append(e(r.kind().dutch())).append(r.requester() == Requester.SELF ? "" : ", namens " + e(r.personName()))
                .append(". Wij beslissen daarop op grond van de Algemene verordening gegevensbescherming (AVG) en de Wet "
                        + "maatschappelijke ondersteuning 2015 (artikel 5.3.2 tot en met 5.3.5).</p>");
        body.append("<p><strong>").append(switch (outcome) {
            case GRANTED -> "Wij wijzen uw verzoek toe.";
            case PARTLY_GRANTED -> "Wij wijzen uw verzoek gedeeltelijk toe.";
            default -> "Wij wijzen uw verzoek af.";
        }).append("</strong></p>");
        if (reasons != null) {
            body.append("<p>Onze redenen:<br/>")
                    .append(String.join("<br/>", reasons.lines().map(LetterPdf::escape).toList())).append("</p>");
        }
        body.append("<p>").append(COURT).append("</p>");
        if (r.kind() == RightKind.COMPLAINT) {
            body.append("<p>").append(AUTHORITY).append("</p>");
        }
        body.append("<p>Met vriendelijke groet,</p><p>De functionaris gegevensbescherming van Veilig Thuis</p>");
        return LetterPdf.render("Beslissing op uw verzoek", body.toString());
    }

    private static String e(String text) {
        return LetterPdf.escape(text == null ? "" : text);
    }
}
