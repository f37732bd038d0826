package nl.vangnet.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import nl.vangnet.staff.SecondFactor;
import nl.vangnet.staff.TestLogins;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The shared test clock may be moved anywhere, in any order: a demo user who logged in at a later time can still log
 * in after the clock is turned back (the replay guard forgets codes "used in the future"), and what one test does to
 * the clock is undone before the next test starts.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MovingTheClockIT {

    @Autowired MockMvc mvc;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;

    static Instant startOfSecondTest;

    @Test
    @Order(1)
    void aDemoUserLogsInAgainAfterTheClockIsTurnedBackPastTheirLastCode() throws Exception {
        Instant today = clock.instant();
        clock.advance(Duration.ofDays(400));
        logIn("teamleider");
        clock.set(today);
        logIn("teamleider");
        // The guard still refuses a replay at the new time.
        String code = TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET);
        codeStep("teamleider", code).andExpect(redirectedUrl("/werkvoorraad"));
        codeStep("teamleider", code).andExpect(status().isOk());
    }

    @Test
    @Order(2)
    void aTestMayLeaveTheClockAndTheReplayGuardAYearAhead() throws Exception {
        startOfSecondTest = clock.instant();
        clock.advance(Duration.ofDays(400));
        logIn("jurist");
    }

    @Test
    @Order(3)
    void theNextTestStartsWhereThePreviousOneStartedAndLogsIn() throws Exception {
        assertThat(clock.instant()).isAfterOrEqualTo(startOfSecondTest).isBefore(startOfSecondTest.plus(Duration.ofHours(1)));
        logIn("jurist");
    }

    private void logIn(String username) throws Exception {
        codeStep(username, TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)).andExpect(redirectedUrl("/werkvoorraad"));
    }

    private ResultActions codeStep(String username, String code) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", TestLogins.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login/code"));
        return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code));
    }
}
