package nl.vangnet.accesslog.web;

import java.util.List;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows the FG every open integrity alert (such as a broken access log chain) on every page. */
@ControllerAdvice(annotations = Controller.class)
class IntegrityAlertAdvice {

    private final AccessLogReview review;

    IntegrityAlertAdvice(AccessLogReview review) {
        this.review = review;
    }

    @ModelAttribute("integrityAlerts")
    List<AccessLogReview.IntegrityAlert> integrityAlerts() {
        return CurrentStaff.find().filter(p -> p.has(Role.DATA_PROTECTION_OFFICER)).map(p -> review.openAlerts())
                .orElse(List.of());
    }
}
