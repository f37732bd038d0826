package nl.vangnet.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles a posted form. The act runs; when it succeeds the browser goes back to a page with a
 * flash message (POST-redirect-GET, nothing typed in the URL). When the service refuses the input, the same page is
 * shown again with status 400, each Dutch message in {@code errors} keyed by the id of its field on the page, and
 * what was typed kept in the model; a refused business rule likewise with 409 where the page shows it at a field
 * ({@link #rules}), otherwise on the error page.
 *
 * <pre>{@code
 * return PageForm.of(model, response).keep("typed", typed)
 *         .submit(() -> { service.act(id, ...); return PageForm.saved(redirect, "x.saved", "/things/" + id); },
 *                 () -> page(id, model));
 * }</pre>
 */
public final class PageForm {

    private final Model model;
    private final HttpServletResponse response;
    private final Map<String, Object> kept = new LinkedHashMap<>();
    private Function<Map<String, String>, Map<String, String>> errors = LinkedHashMap::new;
    private String ruleField;
    private int ruleStatus = 409;

    private PageForm(Model model, HttpServletResponse response) {
        this.model = model;
        this.response = response;
    }

    public static PageForm of(Model model, HttpServletResponse response) {
        return new PageForm(model, response);
    }

    /** What the refused page also gets: what was typed, which of its forms failed. */
    public PageForm keep(String attribute, Object value) {
        kept.put(attribute, value);
        return this;
    }

    /** From the service's fields to the ids of the fields on the page (a prefix, a suffix, a row). */
    public PageForm errors(Function<Map<String, String>, Map<String, String>> byFieldToIds) {
        this.errors = byFieldToIds;
        return this;
    }

    /** A refused business rule is shown at its field, or at {@code field} when it names none, with {@code status}. */
    public PageForm rules(String field, int status) {
        this.ruleField = field;
        this.ruleStatus = status;
        return this;
    }

    /** Runs the act; its answer (a redirect) when it succeeds, else the page again with the reasons. */
    public String submit(Supplier<String> act, Supplier<String> page) {
        try {
            return act.get();
        } catch (InvalidInputException e) {
            return refused(400, errors.apply(e.byField()), page);
        } catch (BusinessRuleException e) {
            if (ruleField == null) {
                throw e;
            }
            return refused(ruleStatus, errors.apply(Map.of(e.field() == null ? ruleField : e.field(), e.getMessage())), page);
        }
    }

    /** Back to {@code path} with the flash {@code saved} (true or the message key of what was done). */
    public static String saved(RedirectAttributes redirect, Object saved, String path) {
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + path;
    }

    /** Each service field renamed to its id on the page; the first message per id. */
    public static Map<String, String> renamed(Map<String, String> byField, UnaryOperator<String> id) {
        Map<String, String> ids = new LinkedHashMap<>();
        byField.forEach((field, message) -> ids.putIfAbsent(id.apply(field), message));
        return ids;
    }

    private String refused(int status, Map<String, String> byId, Supplier<String> page) {
        response.setStatus(status);
        model.addAttribute("errors", byId);
        kept.forEach(model::addAttribute);
        return page.get();
    }
}
