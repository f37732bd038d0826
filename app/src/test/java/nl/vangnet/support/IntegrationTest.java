package nl.vangnet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shared integration-test context: the whole application on a real (embedded) PostgreSQL with the demo data,
 * on a random port, with a clock the tests can move (put back after every test by {@link ResetTestClock}). All tests
 * with this annotation share one context and database, so each test makes its own data or reads what the demo seeded.
 * {@link EventProbe} is a durable listener for a test-only event, for the tests of the event publication registry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import({TestClockConfiguration.class, EventProbe.class})
@ExtendWith(ResetTestClock.class)
public @interface IntegrationTest {
}
