package se.valedger.http.ui.pipe;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.valedger.app.CommandSender;
import se.valedger.http.idempotency.SubmissionKeys;
import se.valedger.http.ui.Formats;
import se.valedger.http.ui.forms.Problems;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;

/**
 * The phone-first log-inspection form. It sends {@link LogInspection} through the same command path as
 * the API; the form's idempotency key doubles as the inspection id, so the event names the submission.
 */
@Controller
@PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
class InspectionForms {

    private final CommandSender commands;
    private final QueryGateway queryGateway;
    private final SubmissionKeys submissions;
    private final MessageSource messages;
    private final Formats formats;

    InspectionForms(CommandSender commands, QueryGateway queryGateway, SubmissionKeys submissions,
                    MessageSource messages, Formats formats) {
        this.commands = commands;
        this.queryGateway = queryGateway;
        this.submissions = submissions;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/pipes/{id}/inspections/new")
    String form(@PathVariable String id, Authentication user, Model model) {
        InspectionFormData blank = new InspectionFormData(formats.today().toString(), user.getName(), "", "", "",
                SubmissionKeys.newKey());
        return show(id, blank, Map.of(), null, model);
    }

    @PostMapping("/pipes/{id}/inspections")
    String submit(@PathVariable String id, @ModelAttribute InspectionFormData form, Authentication user,
                  Model model, HttpServletResponse response) {
        String key = form.idempotencyKey();
        if (!SubmissionKeys.wellFormed(key)) {
            response.setStatus(400);
            return show(id, withKey(form, SubmissionKeys.newKey()), Map.of(), text("form.staleForm"), model);
        }
        Optional<SubmissionKeys.Earlier> earlier = submissions.claim(user.getName(), key);
        if (earlier.isPresent()) {
            // A retry of a submission already made: show where the first one led, never run it twice.
            return "redirect:" + (earlier.get().running() ? PipeLinks.pipe(id) + "?saved=pending" : earlier.get().outcome());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LogInspection command = toCommand(id, form, errors);
        if (!errors.isEmpty()) {
            submissions.release(user.getName(), key);
            response.setStatus(400);
            return show(id, form, errors, null, model);
        }
        try {
            long position = commands.send(command, id);
            String outcome = PipeLinks.pipe(id) + "?minPosition=" + position + "&saved=inspection";
            submissions.complete(user.getName(), key, outcome);
            return "redirect:" + outcome;
        } catch (RuntimeException failure) {
            submissions.release(user.getName(), key);
            ProblemDetail problem = Problems.of(failure);
            if (problem == null) {
                throw failure;
            }
            response.setStatus(problem.getStatus());
            String field = Problems.field(problem);
            if (field != null) {
                return show(id, form, Map.of(field, fieldMessage(field, problem.getDetail())), null, model);
            }
            return show(id, form, Map.of(), problem.getDetail(), model);
        }
    }

    private String show(String id, InspectionFormData form, Map<String, String> errors, String formError, Model model) {
        model.addAttribute("pipe", PipePages.find(queryGateway, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("methods", InspectionMethod.values());
        model.addAttribute("today", formats.today());
        return "pipes/inspection-form";
    }

    private LogInspection toCommand(String id, InspectionFormData form, Map<String, String> errors) {
        LocalDate date = null;
        if (form.date() != null && !form.date().isBlank()) {
            try {
                date = LocalDate.parse(form.date().strip());
            } catch (DateTimeParseException e) {
                errors.put("date", text("form.invalid.date"));
            }
        }
        InspectionMethod method = null;
        if (form.method() != null && !form.method().isBlank()) {
            method = Arrays.stream(InspectionMethod.values()).filter(m -> m.name().equals(form.method()))
                    .findFirst().orElse(null);
            if (method == null) {
                errors.put("method", text("form.invalid.method"));
            }
        }
        Integer grade = null;
        if (form.grade() != null && !form.grade().isBlank()) {
            try {
                grade = Integer.valueOf(form.grade().strip());
            } catch (NumberFormatException e) {
                errors.put("grade", text("form.invalid.grade"));
            }
        }
        String findings = form.findings() == null || form.findings().isBlank() ? null : form.findings().strip();
        return new LogInspection(id, form.idempotencyKey(), date, form.inspector(), method, grade, findings);
    }

    /** The domain's reason (the problem's detail), introduced in the reader's language. */
    private String fieldMessage(String field, String detail) {
        String intro = messages.getMessage("form.problem." + field, null, null, LocaleContextHolder.getLocale());
        return intro == null ? detail : intro + " (" + detail + ")";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static InspectionFormData withKey(InspectionFormData form, String key) {
        return new InspectionFormData(form.date(), form.inspector(), form.method(), form.grade(), form.findings(), key);
    }
}
