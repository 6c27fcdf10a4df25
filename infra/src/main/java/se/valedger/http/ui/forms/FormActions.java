package se.valedger.http.ui.forms;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.valedger.http.idempotency.SubmissionKeys;

/**
 * One button's submission: claim the form's key, send the command through {@code Commands}, redirect to
 * the result. A refusal goes back to {@code back} with the API's problem shown there ({@code problem},
 * {@code problemField} flash attributes); a repeat of a key is redirected to the first one's result.
 */
@Component
public class FormActions {

    private final SubmissionKeys keys;
    private final MessageSource messages;

    FormActions(SubmissionKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    public String run(Authentication user, String key, String back, LongSupplier send, LongFunction<String> result,
                      RedirectAttributes flash) {
        if (!SubmissionKeys.wellFormed(key)) {
            flash.addFlashAttribute("problem", messages.getMessage("form.staleForm", null, LocaleContextHolder.getLocale()));
            return "redirect:" + back;
        }
        var earlier = keys.claim(user.getName(), key);
        if (earlier.isPresent()) {
            return "redirect:" + (earlier.get().running() ? back : earlier.get().outcome());
        }
        try {
            String outcome = result.apply(send.getAsLong());
            keys.complete(user.getName(), key, outcome);
            return "redirect:" + outcome;
        } catch (RuntimeException failure) {
            keys.release(user.getName(), key);
            ProblemDetail problem = Problems.of(failure);
            if (problem == null) {
                throw failure;
            }
            flash.addFlashAttribute("problem", problem.getDetail());
            flash.addFlashAttribute("problemField", Problems.field(problem));
            flash.addFlashAttribute("problemRule", problem.getProperties() == null ? null : problem.getProperties().get("rule"));
            return "redirect:" + back;
        }
    }
}
