package se.valedger.http.idempotency;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client that sends a large body generated on the fly (never held) over a plain socket, with or without a
 * Content-Length, and reads the answer while it is still sending, as a hostile client would.
 */
public final class HostileBody {

    /** The answer's status, its content type and body (empty when it had none), and how much of the body was sent. */
    public record Answer(int status, long millis, long bytesSent, String contentType, String body) {
    }

    private HostileBody() {
    }

    public static Answer send(int port, String path, String contentType, long bytes, boolean chunked) throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString("admin:admin-password".getBytes(StandardCharsets.UTF_8));
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: " + contentType + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bytes + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            long[] sent = {0};
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                Arrays.fill(block, (byte) '7');
                try {
                    while (sent[0] < bytes) {
                        int n = (int) Math.min(block.length, bytes - sent[0]);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(block, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent[0] += n;
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // expected once the server has answered and closed
                }
            });
            writer.start();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String status = line(in);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, String> headers = new HashMap<>();
            for (String line = status == null ? null : line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
            String body;
            try {
                body = body(in, headers);
            } catch (IOException resetWhileSending) {
                body = "";
            }
            socket.close();
            writer.join(10_000);
            return new Answer(status == null ? -1 : Integer.parseInt(status.split(" ")[1]), millis, sent[0],
                    headers.getOrDefault("content-type", ""), body);
        }
    }

    /** The answer's body, by its Content-Length or its chunks. */
    private static String body(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null && !size.isBlank(); size = line(in)) {
                int length = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (length == 0) {
                    break;
                }
                body.write(in.readNBytes(length));
                line(in);
            }
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** One header line without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
