package nl.vangnet.notice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A notice's page: mark it done, or postpone the registration notice with a reason. */
@Controller
class NoticePageController {

    private final DossierTasks tasks;

    NoticePageController(DossierTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/kennisgevingen/{taskId}")
    String task(@PathVariable UUID taskId, Model model) {
        model.addAttribute("task", tasks.get(taskId));
        return "notice/task";
    }

    @PostMapping("/kennisgevingen/{taskId}/afgerond")
    String taskDone(@PathVariable UUID taskId, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        tasks.done(taskId, note);
        return PageForm.saved(redirect, true, "/kennisgevingen/" + taskId);
    }

    @PostMapping("/kennisgevingen/{taskId}/uitstel")
    String taskExtend(@PathVariable UUID taskId, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).submit(() -> {
            tasks.extend(taskId, reason);
            return PageForm.saved(redirect, true, "/kennisgevingen/" + taskId);
        }, () -> task(taskId, model));
    }
}
