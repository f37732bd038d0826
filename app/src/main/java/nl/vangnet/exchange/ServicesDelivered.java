package nl.vangnet.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vangnet.dossier.DossierTracks;

/**
 * Which services Veilig Thuis delivered to a household in a period, in Dutch, for the billing export: a safety
 * assessment confirmed in the period ({@code veiligheidsbeoordeling}), every follow-up track, restraining order or
 * AWARE application that ran for at least one day of the period (started on or before its end, not finished before
 * its start), and a crisis intervention done in the period. Each service once, in the order of the process.
 */
public final class ServicesDelivered {

    static final String SAFETY_ASSESSMENT = "veiligheidsbeoordeling";
    static final String CRISIS_INTERVENTION = "crisisinterventie";

    /** The Dutch name of each kind of track (DossierTracks.Track#kind), in the order of the process. */
    static final Map<String, String> TRACKS = Map.of(
            "HANDOVER", "overdracht",
            "CONDITIONS_AND_FOLLOW_UP", "voorwaarden en monitoring",
            "INVESTIGATION", "onderzoek",
            "RVDK_INVESTIGATION_REQUEST", "verzoek tot onderzoek aan de Raad voor de Kinderbescherming",
            "CRISIS_INTERVENTION", CRISIS_INTERVENTION,
            "RESTRAINING_ORDER", "tijdelijk huisverbod",
            "AWARE", "AWARE");

    static final List<String> ORDER = List.of(SAFETY_ASSESSMENT, "overdracht", "voorwaarden en monitoring", "onderzoek",
            "verzoek tot onderzoek aan de Raad voor de Kinderbescherming", CRISIS_INTERVENTION, "tijdelijk huisverbod", "AWARE");

    private ServicesDelivered() {
    }

    /**
     * The services delivered in [from, to] (both days included): from the days a safety assessment was confirmed, the
     * tracks, and the days of crisis interventions.
     */
    public static List<String> in(LocalDate from, LocalDate to, Collection<LocalDate> assessedOn,
            Collection<DossierTracks.Track> tracks, Collection<LocalDate> crisisOn) {
        Set<String> services = new LinkedHashSet<>();
        if (assessedOn.stream().anyMatch(d -> within(d, from, to))) {
            services.add(SAFETY_ASSESSMENT);
        }
        for (DossierTracks.Track t : tracks) {
            String name = TRACKS.get(t.kind());
            if (name != null && t.startedOn() != null && !t.startedOn().isAfter(to)
                    && (t.finishedOn() == null || !t.finishedOn().isBefore(from))) {
                services.add(name);
            }
        }
        if (crisisOn.stream().anyMatch(d -> within(d, from, to))) {
            services.add(CRISIS_INTERVENTION);
        }
        return ORDER.stream().filter(services::contains).toList();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
