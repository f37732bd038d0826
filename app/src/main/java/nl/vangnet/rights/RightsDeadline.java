package nl.vangnet.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.letter.LetterPdf;
import nl.vangnet.platform.BusinessRuleException;

/**
 * The period for deciding on a rights request: one calendar month after receipt (AVG art. 12 lid 3; Wmo 2015 art.
 * 5.3.2-5.3.5), ending on the next working day when it would end on a Saturday, Sunday or holiday (Atw art. 1);
 * once extendable by two months for a complex dossier, only while the first month runs and with the requester told
 * within it, with the reason.
 */
public final class RightsDeadline {

    public static final Deadline.Kind KIND = new Deadline.Kind("RIGHTS_REQUEST",
            "AVG art. 12 lid 3; Wmo 2015 art. 5.3.2-5.3.5: beslissing binnen een maand na ontvangst, bij een ingewikkeld "
                    + "dossier eenmaal met twee maanden te verlengen", false);

    private RightsDeadline() {
    }

    /** The first due: one calendar month after receipt, Atw end rule. */
    public static LocalDate firstDue(LocalDate receivedOn, WorkingDays calendar) {
        return calendar.afterMonths(receivedOn, 1);
    }

    /** The due after the one extension: three calendar months after receipt (one and two more), Atw end rule. */
    public static LocalDate extendedDue(LocalDate receivedOn, WorkingDays calendar) {
        return calendar.afterMonths(receivedOn, 3);
    }

    /** The period as recorded (with its one extension, if any), done on {@code decidedOn}. */
    public static Deadline period(LocalDate receivedOn, LocalDate firstDue, LocalDate due, String extensionReason,
            UUID extendedBy, Instant extendedAt, LocalDate decidedOn) {
        List<Deadline.Extension> extensions = extensionReason == null ? List.of()
                : List.of(new Deadline.Extension(Deadline.Due.on(firstDue), Deadline.Due.on(due), extensionReason, extendedBy, extendedAt));
        return Deadline.of(KIND, receivedOn, Deadline.Due.on(firstDue), extensions).doneOn(decidedOn);
    }

    /**
     * The period extended once, on {@code today}: refused once the first month is over (its due day passed), and when
     * the status does not allow it (a second extension, a decided request).
     */
    public static Deadline extend(RightsRequestStatus status, LocalDate receivedOn, LocalDate today, String reason,
            WorkingDays calendar, UUID by, Instant at) {
        status.extend();
        LocalDate firstDue = firstDue(receivedOn, calendar);
        if (today.isAfter(firstDue)) {
            throw new BusinessRuleException("De termijn kan alleen binnen de eerste maand na ontvangst worden verlengd "
                    + "(tot en met " + LetterPdf.longDate(firstDue) + "); die maand is voorbij.");
        }
        return period(receivedOn, firstDue, firstDue, null, null, null, null)
                .extend(Deadline.Due.on(extendedDue(receivedOn, calendar)), reason, by, at);
    }
}
