package nl.vangnet.support;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After every integration test, puts the shared clock back to one minute after where that test found it, whatever
 * the test did with it (days on, a fixed date in 2027, the next night): the next test starts in the same present
 * whichever tests ran before it, and what depends on the clock (the replay guard, the demo API tokens' 90 days)
 * follows. A minute, not zero, so that time still moves on between tests.
 */
public class ResetTestClock implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ResetTestClock.class);
    private static final Duration BETWEEN_TESTS = Duration.ofMinutes(1);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("start", clock(context).instant());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Instant start = context.getStore(NAMESPACE).get("start", Instant.class);
        if (start != null) {
            clock(context).set(start.plus(BETWEEN_TESTS));
        }
    }

    private static MutableClock clock(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(MutableClock.class);
    }
}
