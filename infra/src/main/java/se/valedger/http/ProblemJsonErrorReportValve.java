package se.valedger.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answer, for what never reaches Spring: a request line or headers over
 * {@code server.max-http-request-header-size} (8 KB; a URL over 8 KB), an invalid URI. Tomcat writes an
 * HTML page there; this writes the RFC 9457 problem every other refusal is. It only answers when nothing
 * else has written the response (the same conditions as Tomcat's valve it replaces).
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem(status, response.getMessage())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was closed meanwhile: nothing left to tell
        }
    }

    static Map<String, Object> problem(int status, String message) {
        boolean tooLarge = status == 400 && (message == null || message.toLowerCase(java.util.Locale.ROOT).contains("too large")
                || message.isBlank());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://va-ledger.se/problems/" + (tooLarge ? "request-too-large" : "bad-request"));
        body.put("title", tooLarge ? "Request line or headers too large" : "Request refused by the server");
        body.put("status", status);
        body.put("detail", tooLarge
                ? "The URL or the headers are too large or the request cannot be read: the request line and headers "
                        + "together are at most 8 KB (server.max-http-request-header-size). Send long filters in fewer or "
                        + "shorter parameters."
                : status == 400
                        ? "The request was refused before it reached the application (HTTP 400): its URL cannot be read, "
                                + "e.g. an encoded NUL or control character, or a malformed escape in the path."
                        : "The request was refused before it reached the application (HTTP " + status + ").");
        return body;
    }
}
