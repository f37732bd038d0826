package nl.vangnet.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A clock that tests move forward instead of sleeping, or set to a date a rule needs. It starts at the real time and
 * stands still until a test moves it. Tests may move it anywhere, backwards too: what remembers the latest time seen
 * (the replay guard of the authenticator codes) is turned back with it, and {@link ResetTestClock} puts it back after
 * every test, so no test depends on the real date or on which tests ran before it.
 */
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now();
    private final List<Consumer<Instant>> whenTurnedBack = new CopyOnWriteArrayList<>();

    public void advance(Duration duration) {
        set(now.plus(duration));
    }

    public void set(Instant instant) {
        Instant was = now;
        now = instant;
        if (instant.isBefore(was)) {
            whenTurnedBack.forEach(listener -> listener.accept(instant));
        }
    }

    /** Called with the new time whenever the clock is set to an earlier time than it showed. */
    void whenTurnedBack(Consumer<Instant> listener) {
        whenTurnedBack.add(listener);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
