package se.valedger.http.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.valedger.app.users.SecurityAudit;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;

/**
 * What every UI page needs (the current path for the language switch), and failures in UI controllers
 * as pages rather than the API's problem+json (which {@code ProblemAdvice} answers for the API).
 */
@ControllerAdvice(basePackages = "se.valedger.http.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiModelAdvice {

    private static final Logger log = LoggerFactory.getLogger(UiModelAdvice.class);

    private final SecurityAudit audit;

    UiModelAdvice(SecurityAudit audit) {
        this.audit = audit;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(404, "error.notFound", e.getMessage(), model, request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        audit.forbidden(request, SecurityContextHolder.getContext().getAuthentication(), "the current roles do not allow this page");
        return error(403, "error.forbidden", null, model, request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        String reason = e.getMostSpecificCause() instanceof InvalidInput invalid ? invalid.reason() : String.valueOf(e.getValue());
        return error(400, "error.badRequest", e.getName() + ": " + reason, model, request, response);
    }

    /** Bad text in a path variable or form field (see {@code RequestTextMustBePrintable}), or a date out of range. */
    @ExceptionHandler(InvalidInput.class)
    String invalidInput(InvalidInput e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(400, "error.badRequest", e.field() + ": " + e.reason(), model, request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noPage(Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(404, "error.notFound", null, model, request, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on {}", request.getRequestURI(), e);
        return error(500, "error.internal", null, model, request, response);
    }

    private String error(int status, String messageKey, String detail, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("detail", detail);
        model.addAttribute("currentPath", currentPath(request));
        return "ui-error";
    }
}
