package se.valedger.web.idempotency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A client that sends a large body generated on the fly (never held) over a plain socket, with or without a
 * Content-Length, and reads the answer while it is still sending, as a hostile client would.
 */
final class HostileBody {

    record Answer(int status, long millis, long bytesSent) {
    }

    private HostileBody() {
    }

    static Answer send(int port, String path, String contentType, long bytes, boolean chunked) throws Exception {
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
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            long millis = (System.nanoTime() - start) / 1_000_000;
            socket.close();
            writer.join(10_000);
            return new Answer(status == null ? -1 : Integer.parseInt(status.split(" ")[1]), millis, sent[0]);
        }
    }
}
