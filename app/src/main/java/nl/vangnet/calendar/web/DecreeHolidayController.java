package nl.vangnet.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.vangnet.calendar.AtwHolidays;
import nl.vangnet.calendar.DecreeHolidays;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer of the calendar: the Atw holidays of a year (computed) and the decree days (reference data). */
@Controller
class DecreeHolidayController {

    private final DecreeHolidays decreeHolidays;
    private final Clock clock;

    DecreeHolidayController(DecreeHolidays decreeHolidays, Clock clock) {
        this.decreeHolidays = decreeHolidays;
        this.clock = clock;
    }

    @GetMapping("/beheer/kalender")
    String page(Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("year", year);
        model.addAttribute("holidays", AtwHolidays.of(year));
        model.addAttribute("nextHolidays", AtwHolidays.of(year + 1));
        model.addAttribute("decreeDays", decreeHolidays.all());
        return "calendar/decree-days";
    }

    @PostMapping("/beheer/kalender")
    String add(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String description,
            Model model, RedirectAttributes redirect) {
        try {
            LocalDate date;
            try {
                date = day.isBlank() ? null : LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new BusinessRuleException("day", "Vul een geldige datum in (dd-mm-jjjj).");
            }
            decreeHolidays.add(date, description, CurrentStaff.get().id());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/beheer/kalender";
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", Map.of(e.field() == null ? "form" : e.field(), e.getMessage()));
            model.addAttribute("day", day);
            model.addAttribute("description", description);
            return page(model);
        }
    }
}
