package nl.vangnet.worklist;

import java.time.LocalDate;
import java.util.List;

/** Other work with a due date that belongs in the work list (notices, for one), contributed by its module. */
public interface WorkListSources {

    List<DueItem> dueItems(boolean team);

    /**
     * A line in the work list: what (message key), which dossier, by when, where to act; {@code urgent} items stand
     * at the top with the acute reports.
     */
    record DueItem(String kindKey, String dossierReference, LocalDate dueOn, boolean overdue, String href, boolean urgent) {

        public DueItem(String kindKey, String dossierReference, LocalDate dueOn, boolean overdue, String href) {
            this(kindKey, dossierReference, dueOn, overdue, href, false);
        }
    }
}
