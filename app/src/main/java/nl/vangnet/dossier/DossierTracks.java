package nl.vangnet.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The follow-up tracks of a dossier with their status and due dates, shown with the dossier. Implemented by the
 * follow-up module, so the dependency points from it to the dossier.
 */
public interface DossierTracks {

    /** The tracks of a dossier the caller has already been allowed to open (the access is checked and logged). */
    List<Track> tracksOf(UUID dossierId);

    /**
     * One track: its kind (INVESTIGATION, CONDITIONS_AND_FOLLOW_UP, HANDOVER, RVDK_INVESTIGATION_REQUEST,
     * CRISIS_INTERVENTION, RESTRAINING_ORDER, AWARE), its status, when it started, its due date, when it finished,
     * the dates still due within it (the monitoring contacts), and for a restraining order the moment it ends.
     */
    record Track(UUID id, String kind, String status, LocalDate startedOn, LocalDate dueOn, LocalDate finishedOn,
            List<LocalDate> contactsDue, Instant endsAt) {

        public boolean open() {
            return finishedOn == null;
        }
    }
}
