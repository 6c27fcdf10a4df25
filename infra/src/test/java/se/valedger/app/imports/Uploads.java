package se.valedger.app.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import se.valedger.testing.Api;

/** Multipart uploads for the import tests. */
final class Uploads {

    static final String BOUNDARY = "valedger-test-boundary";

    private Uploads() {
    }

    static Api.Response upload(Api api, String path, String fileName, byte[] file) {
        return upload(api, path, Map.of("file", Map.entry(fileName, file)));
    }

    static Api.Response upload(Api api, String path, Map<String, Map.Entry<String, byte[]>> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var part : new LinkedHashMap<>(parts).entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"; filename=\"" + part.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue().getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }
}
