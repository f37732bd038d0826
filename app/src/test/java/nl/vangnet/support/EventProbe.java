package nl.vangnet.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A durable listener for a test-only event, so the event publication registry can be tested without a module's side
 * effects: it records what it received, and fails for a probe a test has broken until the test repairs it.
 */
@TestComponent
public class EventProbe {

    /** The test-only event; {@code id} tells one test's probe from another's. */
    public record Probe(UUID id) {
    }

    private final Set<UUID> delivered = ConcurrentHashMap.newKeySet();
    private final Set<UUID> broken = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(Probe probe) {
        if (broken.contains(probe.id())) {
            throw new IllegalStateException("The probe listener is broken for this probe (a test wants it to fail)");
        }
        delivered.add(probe.id());
    }

    public boolean delivered(UUID id) {
        return delivered.contains(id);
    }

    public void breakFor(UUID id) {
        broken.add(id);
    }

    public void repair(UUID id) {
        broken.remove(id);
    }
}
