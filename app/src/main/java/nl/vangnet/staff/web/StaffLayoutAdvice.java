package nl.vangnet.staff.web;

import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is logged in, for the navigation of every page. */
@ControllerAdvice(annotations = Controller.class)
class StaffLayoutAdvice {

    @ModelAttribute("currentUser")
    StaffPrincipal currentUser() {
        return CurrentStaff.find().orElse(null);
    }
}
