package se.valedger.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.TextMustBePrintable;

/**
 * {@link TextMustBePrintable} on every path variable and every request parameter (query string and, for
 * the UI, form fields) of every controller, API and UI alike, before any argument is bound: a NUL in
 * {@code /api/pipes?district=%00} never reaches PostgreSQL, which refuses it (a 500 before this).
 * Refusals are {@code InvalidInput}, answered by {@link ProblemAdvice} for the API and as an error page
 * for the UI.
 */
public class RequestTextMustBePrintable implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> TextMustBePrintable.check(String.valueOf(name), String.valueOf(value)));
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RequestRejectedException e) {
            // Spring Security's firewall reads the names lazily and refuses control characters in them
            throw new InvalidInput("parameter name", "a parameter's name holds a character that is not allowed "
                    + "(control characters, lone surrogates, non-characters)");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            TextMustBePrintable.check("parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                TextMustBePrintable.check(parameter.getKey(), value);
            }
        }
        return true;
    }
}
