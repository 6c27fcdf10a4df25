package se.valedger.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import se.valedger.web.ProblemAdvice;
import se.valedger.web.Problems;

/**
 * Refuses request bodies above a limit with 413 before anything reads them: JSON bodies (commands)
 * up to {@code valedger.http.max-json-body}, other bodies (file uploads to importers) up to
 * {@code valedger.http.max-body}. Multipart uploads are limited by {@code spring.servlet.multipart.*}.
 * A body within the limit is buffered, so later filters (idempotency) can hash it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
public class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxJson;
    private final long maxOther;

    BodyLimitFilter(@Value("${valedger.http.max-json-body:1MB}") DataSize maxJson,
                    @Value("${valedger.http.max-body:100MB}") DataSize maxOther) {
        this.maxJson = maxJson.toBytes();
        this.maxOther = maxOther.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !hasBody || !request.getRequestURI().startsWith("/api/") || type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long limit = type.contains("json") ? maxJson : maxOther;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        ProblemDetail problem = ProblemAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes()
                        + " KB this endpoint accepts; send less or split it.");
        problem.setTitle("Request body too large");
        problem.setProperty("limitBytes", limit);
        // The client may still be sending; close rather than read the rest.
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }
}
