package se.valedger.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What of a request body enters the permanent trail. Secrets are redacted on the parsed structure, never on
 * the text (a JSON-escaped key such as {@code "pass\u0077ord"} or a UTF-16 body would slip past a text match):
 * JSON is parsed by Jackson, which detects UTF-8/16/32 with or without a byte-order mark; form bodies and
 * query strings are decoded pair by pair. A body that cannot be parsed is not stored at all: the entry keeps
 * its size, content type and SHA-256 and says why. Other helpers (the UI's form audit) call this too.
 */
public final class AuditPayload {

    /** The value that replaces a secret's; the key stays, so the entry shows that a secret was sent. */
    public static final String REDACTED = "[redacted]";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Compared with a key lower-cased and stripped of everything but letters and digits ("api_key" → "apikey"). */
    private static final List<String> SECRET_PARTS = List.of("password", "passwd", "passphrase", "secret", "token",
            "apikey", "credential", "privatekey", "authorization", "cookie", "session");
    private static final List<String> SECRET_NAMES = List.of("pwd", "pass", "pin", "otp", "key");

    private AuditPayload() {
    }

    /** True if a field of this name holds a secret, whatever its case or separators. */
    public static boolean isSecretName(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return SECRET_NAMES.contains(folded) || SECRET_PARTS.stream().anyMatch(folded::contains);
    }

    /**
     * The storable form of a request body: redacted JSON for JSON bodies, a redacted JSON object of the
     * fields for form bodies, otherwise (or when unparseable) only a description with the body's digest.
     *
     * @param declaredLength the Content-Length, or -1; the body may be a cached prefix of a longer one
     */
    public static String ofBody(byte[] body, long declaredLength, String contentType) {
        long size = Math.max(declaredLength, body.length);
        if (size <= 0) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == size && type.contains("json")) {
            try {
                JsonNode tree = JSON.readTree(body);
                if (tree != null && !tree.isMissingNode()) {
                    return write(redact(tree));
                }
            } catch (IOException unparseable) {
                return described(body, size, contentType, "not stored: not parseable as JSON, so secrets in it could not be redacted");
            }
        }
        if (body.length == size && type.startsWith("application/x-www-form-urlencoded")) {
            String form = new String(body, charsetOf(contentType));
            ObjectNode fields = formFields(form, charsetOf(contentType));
            if (fields != null) {
                return write(JSON.createObjectNode().set("form", fields));
            }
            return described(body, size, contentType, "not stored: not parseable as a form, so secrets in it could not be redacted");
        }
        if (body.length == 0) {
            return described(body, size, contentType, "not stored: the request was answered before its body was read");
        }
        if (body.length < size) {
            return described(body, size, contentType, "not stored: larger than the audit keeps (digest of the first "
                    + body.length + " bytes)");
        }
        return described(body, size, contentType, "not stored: content type not kept in the trail");
    }

    /** A query string as a redacted JSON object of its parameters; unparseable ones are only described. */
    public static String ofQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        ObjectNode fields = formFields(query, StandardCharsets.UTF_8);
        if (fields == null) {
            byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
            return described(bytes, bytes.length, "query string", "not stored: not parseable as parameters, so secrets in it could not be redacted");
        }
        return write(JSON.createObjectNode().set("query", fields));
    }

    /** A command serialised as JSON, with any secret field redacted (unchanged text when it holds none). */
    public static String ofJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            String redacted = write(redact(tree.deepCopy()));
            return redacted.equals(write(tree)) ? json : redacted;
        } catch (IOException e) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            return described(bytes, bytes.length, "application/json", "not stored: not parseable as JSON");
        }
    }

    private static ObjectNode formFields(String form, Charset charset) {
        ObjectNode fields = JSON.createObjectNode();
        try {
            for (String pair : form.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                JsonNode kept = fields.get(name);
                ArrayNode values = kept instanceof ArrayNode array ? array : fields.putArray(name);
                values.add(isSecretName(name) ? REDACTED : value);
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return fields;
    }

    private static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (isSecretName(name)) {
                    object.put(name, REDACTED);
                } else {
                    redact(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(AuditPayload::redact);
        }
        return node;
    }

    private static String described(byte[] body, long size, String contentType, String note) {
        ObjectNode described = JSON.createObjectNode();
        described.put("contentType", contentType);
        described.put("bytes", size);
        if (body.length > 0) {
            described.put("sha256", sha256(body));
        }
        described.put("body", note);
        return write(described);
    }

    private static Charset charsetOf(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            try {
                return Charset.forName(contentType.substring(at + 8).split(";")[0].trim().replace("\"", ""));
            } catch (IllegalArgumentException unknown) {
                // a form's default encoding is UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
