package nl.vangnet.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: whether this is the demo. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Installation installation;

    LayoutAdvice(Installation installation) {
        this.installation = installation;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return installation.demo();
    }
}
