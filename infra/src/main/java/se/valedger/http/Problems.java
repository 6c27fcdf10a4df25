package se.valedger.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes a problem detail straight to a servlet response, for filters that answer before any controller. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** The problem as its JSON members, its properties flattened in as RFC 9457 extension members. */
    public static java.util.Map<String, Object> body(ProblemDetail problem) {
        return se.valedger.app.Refusal.asMap(problem);
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body(problem)));
        response.flushBuffer();
    }
}
