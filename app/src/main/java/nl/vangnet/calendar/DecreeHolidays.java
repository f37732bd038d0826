package nl.vangnet.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days that a published decree equates with a holiday (for example 2 January 2026), kept as reference data that
 * applicatiebeheer extends when a decree is published.
 */
@Service
public class DecreeHolidays {

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    DecreeHolidays(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public List<DecreeHoliday> all() {
        return jdbc.sql("SELECT day, description FROM decree_holiday ORDER BY day")
                .query((rs, n) -> new DecreeHoliday(rs.getObject("day", LocalDate.class), rs.getString("description")))
                .list();
    }

    @Transactional
    public void add(LocalDate day, String description, UUID addedBy) {
        if (day == null) {
            throw new BusinessRuleException("day", "Vul een datum in.");
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty() || text.length() > 200) {
            throw new BusinessRuleException("description", "Vermeld het besluit (ten hoogste 200 tekens).");
        }
        int added = jdbc.sql("""
                INSERT INTO decree_holiday (day, description, added_at, added_by) VALUES (:d, :t, :now, :by)
                ON CONFLICT (day) DO NOTHING""")
                .param("d", day).param("t", text).param("now", Timestamp.from(clock.instant())).param("by", addedBy)
                .update();
        if (added == 0) {
            throw new BusinessRuleException("day", "Deze datum staat er al in.");
        }
        reload();
    }

    void reload() {
        workingDays.replaceDecreeDays(new HashSet<>(all().stream().map(DecreeHoliday::day).toList()));
    }

    public record DecreeHoliday(LocalDate day, String description) {
    }

    @Configuration(proxyBeanMethods = false)
    static class CalendarConfiguration {
        @Bean
        WorkingDays workingDays(JdbcClient jdbc) {
            return new WorkingDays(new HashSet<>(jdbc.sql("SELECT day FROM decree_holiday").query(LocalDate.class).list()));
        }
    }
}
