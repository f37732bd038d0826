package nl.vangnet.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The places a person appears (dossiers, advice requests), contributed to the radar by the modules that hold them;
 * shown in the order of the sources' {@code @Order} (dossiers first), within a source as it gives them.
 */
public interface RadarSources {
    Map<UUID, List<RadarHit.Involvement>> involvementsOf(Set<UUID> personIds);
}
