package se.valedger.kernel;

/** The file cannot be read as its kind at all; it is refused whole, before any command is sent. */
public class MalformedFile extends RuntimeException {

    private final long line;

    public MalformedFile(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
