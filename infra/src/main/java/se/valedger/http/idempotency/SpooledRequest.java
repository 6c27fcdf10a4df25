package se.valedger.http.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import se.valedger.app.imports.jobs.UploadSpool;

/** A request whose body was written to a file on disk (an upload to an importer), read from there. */
class SpooledRequest extends HttpServletRequestWrapper implements UploadSpool.SpooledBody {

    private final UploadSpool.Spooled spooled;

    SpooledRequest(HttpServletRequest request, UploadSpool.Spooled spooled) {
        super(request);
        this.spooled = spooled;
    }

    @Override
    public UploadSpool.Spooled spooled() {
        return spooled;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream in = Files.newInputStream(spooled.file());
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("a spooled body is read synchronously");
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b == -1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                finished = n == -1;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return spooled.bytes() > Integer.MAX_VALUE ? -1 : (int) spooled.bytes();
    }

    @Override
    public long getContentLengthLong() {
        return spooled.bytes();
    }
}
