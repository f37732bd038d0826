package nl.vangnet.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Other places a person can appear (advice requests, for one), contributed to the radar by their modules. */
public interface RadarSources {
    Map<UUID, List<RadarHit.Involvement>> involvementsOf(Set<UUID> personIds);
}
