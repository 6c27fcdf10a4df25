package se.valedger.http.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown address or a method a page does not take, outside the API, answered as a page in the reader's language
 * ({@code ui-error}, status 404 or 405 with {@code Allow}) instead of the API's problem JSON. API paths are left to
 * {@code ProblemAdvice} (this resolver answers null for them, so the next one decides).
 */
@Component
class UiErrorPages implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static boolean apiPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/") || path.startsWith("/swagger-ui");
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (apiPath(request)) {
            return null;
        }
        if (failure instanceof NoResourceFoundException) {
            return page(404, "error.notFound", request, response);
        }
        if (failure instanceof HttpRequestMethodNotSupportedException method) {
            if (method.getSupportedHttpMethods() != null && !method.getSupportedHttpMethods().isEmpty()) {
                response.setHeader("Allow", String.join(", ",
                        method.getSupportedHttpMethods().stream().map(Object::toString).toList()));
            }
            return page(405, "error21.methodNotAllowed", request, response);
        }
        return null;
    }

    private static ModelAndView page(int status, String messageKey, HttpServletRequest request,
                                     HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("ui-error", Map.of("status", status, "messageKey", messageKey,
                "currentPath", request.getRequestURI().substring(request.getContextPath().length())));
        page.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        return page;
    }
}
