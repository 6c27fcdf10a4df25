package se.valedger.http.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.valedger.app.imports.jobs.UploadSpool;
import se.valedger.http.ProblemAdvice;
import se.valedger.http.Problems;

/**
 * Makes every command endpoint ({@code POST/PUT/PATCH/DELETE /api/**}) safe to retry with an
 * {@code Idempotency-Key} header. The key is claimed, the command runs and its answer is stored in
 * ONE database transaction (Axon's unit of work joins it), and the answer is sent only after that
 * commit: so a stored answer exists exactly when the change exists, across crashes and restarts.
 * A concurrent duplicate blocks on the claimed key until the first commits, then gets the stored
 * answer; it never runs the command a second time. Keys are per user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final UploadSpool uploads;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, UploadSpool uploads) {
        this.store = store;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean command = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
        return !command || request.getHeader(HEADER) == null || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!key.matches("[\\x21-\\x7e]{1,200}")) {
            Problems.write(response, ProblemAdvice.fieldProblem(HEADER,
                    "an Idempotency-Key is 1 to 200 visible ASCII characters, e.g. a UUID"));
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (request.getRequestURI().startsWith(BodyLimitFilter.IMPORTS) && isMultipart(request)) {
            // The container keeps the parts on disk (spring.servlet.multipart.*); hash them from there.
            String hash = IdempotencyStore.hash(request.getMethod(), path, "multipart/form-data", partsHash(request));
            keyed(request, response, chain, user, key, path, hash);
            return;
        }
        if (request.getRequestURI().startsWith(BodyLimitFilter.IMPORTS)) {
            // A file may be large: on disk, hashed while it is written, never in memory.
            try (UploadSpool.Spooled spooled = uploads.spool(request.getInputStream())) {
                String hash = IdempotencyStore.hash(request.getMethod(), path, request.getContentType(), spooled.sha256());
                keyed(new SpooledRequest(request, spooled), response, chain, user, key, path, hash);
            }
            return;
        }
        // Any other body is JSON, at most valedger.http.max-json-body (BodyLimitFilter).
        BufferedRequest buffered = request instanceof BufferedRequest b ? b
                : new BufferedRequest(request, request.getInputStream().readAllBytes());
        String hash = IdempotencyStore.hash(request.getMethod(), path, request.getContentType(), buffered.body());
        keyed(buffered, response, chain, user, key, path, hash);
    }

    private static String partsHash(HttpServletRequest request) throws IOException, ServletException {
        java.security.MessageDigest digest = IdempotencyStore.sha256();
        for (jakarta.servlet.http.Part part : request.getParts()) {
            digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (java.io.InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/");
    }

    private void keyed(HttpServletRequest buffered, HttpServletResponse response, FilterChain chain,
                       Authentication user, String key, String path, String hash) throws ServletException, IOException {
        HttpServletRequest request = buffered;
        IdempotencyStore.Claim claim = new IdempotencyStore.Claim(user.getName(), key, hash, request.getMethod(), path);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> {
                Optional<StoredAnswer> earlier = store.claim(claim);
                if (earlier.isPresent()) {
                    return new Outcome(earlier.get(), false);
                }
                try {
                    chain.doFilter(buffered, captured);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                StoredAnswer answer = StoredAnswer.of(captured);
                if (answer.transientFailure()) {
                    status.setRollbackOnly();
                    return new Outcome(answer, true);
                }
                store.complete(claim, answer);
                return new Outcome(answer, true);
            });
        } catch (ChainFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (TransactionException | org.springframework.dao.DataAccessException e) {
            log.warn("Idempotent request {} {} could not be committed: {}", request.getMethod(), path, e.toString());
            response.reset();
            ProblemDetail problem = ProblemAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    "The database is not reachable just now; nothing was changed. Retry with the same Idempotency-Key.");
            response.setHeader("Retry-After", "2");
            Problems.write(response, problem);
            return;
        }
        if (outcome.fresh()) {
            captured.copyBodyToResponse();
            return;
        }
        StoredAnswer earlier = outcome.answer();
        if (!earlier.requestHash().equals(hash)) {
            ProblemDetail problem = ProblemAdvice.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request (" + earlier.method() + " "
                            + earlier.path() + " with another body). Use a new key for a new request.");
            problem.setTitle("Idempotency-Key reused for a different request");
            problem.setProperty("field", HEADER);
            Problems.write(response, problem);
            return;
        }
        earlier.replayOnto(response);
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(earlier.body() == null ? new byte[0] : earlier.body());
        response.flushBuffer();
    }

    private record Outcome(StoredAnswer answer, boolean fresh) {
    }

    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
