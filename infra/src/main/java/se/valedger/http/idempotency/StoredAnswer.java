package se.valedger.http.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The answer given the first time a keyed request ran: status, the headers that matter, body. */
record StoredAnswer(String requestHash, String method, String path, int status, Map<String, List<String>> headers,
                    byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set by the security filters on every response anyway; not part of the stored answer. */
    private static final Set<String> NOT_STORED = Set.of("vary", "cache-control", "pragma", "expires",
            "x-content-type-options", "x-xss-protection", "x-frame-options", "strict-transport-security",
            "content-length", "transfer-encoding", "date", "connection", "set-cookie");

    static StoredAnswer of(ContentCachingResponseWrapper response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_STORED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        return new StoredAnswer(null, null, null, response.getStatus(), headers, response.getContentAsByteArray());
    }

    /** A UI form's answer: a redirect to where the submission led. */
    static StoredAnswer redirect(String requestHash, String method, String path, String location) {
        return new StoredAnswer(requestHash, method, path, 303, Map.of("Location", List.of(location)), new byte[0]);
    }

    /** 5xx, or a lost concurrency race after all retries: nothing was changed, so a retry must run again. */
    boolean transientFailure() {
        return status >= 500 || (status == 409 && new String(body, StandardCharsets.UTF_8).contains("concurrent-change"));
    }

    void replayOnto(HttpServletResponse response) {
        response.setStatus(status);
        headers.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    response.setHeader(name, values.get(i));
                } else {
                    response.addHeader(name, values.get(i));
                }
            }
        });
    }

    String headersJson() {
        try {
            return JSON.writeValueAsString(headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> headersFrom(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
