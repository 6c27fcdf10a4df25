package se.valedger.http.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import se.valedger.http.ProblemAdvice;
import se.valedger.http.Problems;

/**
 * Limits request bodies before anything reads or buffers them and before sign-in is checked, per endpoint:
 * <ul>
 * <li>import endpoints ({@code /api/imports/**}) take a body up to {@code valedger.http.max-body}, which the
 * importer streams to a file on disk (multipart uploads: {@code spring.servlet.multipart.*});</li>
 * <li>every other {@code /api/**} endpoint takes JSON only, up to {@code valedger.http.max-json-body}, whatever
 * content type is claimed: another content type is 415 before a byte is read.</li>
 * </ul>
 * A declared {@code Content-Length} above the limit is 413 at once; a body without one (chunked) is counted
 * while it streams and cut with 413 at the limit ({@link LimitedRequest}). Nothing here holds the body.
 * Sits just inside the HTTP audit (order -200), so refusals are audited, and before the login throttle and
 * Spring Security (-150, -100).
 */
@Component
@Order(BodyLimitFilter.ORDER)
public class BodyLimitFilter extends OncePerRequestFilter {

    static final int ORDER = -190;
    /** Paths whose endpoints take files rather than JSON commands. */
    public static final String IMPORTS = "/api/imports/";

    private final long maxJson;
    private final long maxImport;

    BodyLimitFilter(BodyLimits limits) {
        this.maxJson = limits.maxJsonBody().toBytes();
        this.maxImport = limits.maxBody().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        boolean hasBody = declared > 0 || chunked;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean importEndpoint = request.getRequestURI().startsWith(IMPORTS);
        if (!importEndpoint && !isJson(type)) {
            unsupportedType(response, type);
            return;
        }
        long limit = importEndpoint ? maxImport : maxJson;
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted()) {
            // Whatever the reader made of the cut stream (a 400 for unreadable JSON, say), the cause is the size.
            response.reset();
            tooLarge(response, limit);
        }
    }

    static boolean isJson(String type) {
        String media = type.split(";", 2)[0].strip();
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static void unsupportedType(HttpServletResponse response, String type) throws IOException {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "This endpoint takes a JSON body (Content-Type: application/json), not '" + type
                        + "'. Files go to /api/imports/{kind}.");
        problem.setTitle("Unsupported content type");
        problem.setProperty("field", "Content-Type");
        problem.setProperty("reason", "must be application/json");
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes()
                        + " KB this endpoint accepts; send less or split it. Nothing was changed.");
        problem.setTitle("Request body too large");
        problem.setProperty("field", "body");
        problem.setProperty("limitBytes", limit);
        // The client may still be sending; close rather than read the rest.
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }
}
