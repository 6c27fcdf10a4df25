package se.valedger.kernel;

/**
 * A command carried a value that can never be right, whatever the state of the record:
 * a negative length, a year in the future. Answered as 400 naming the field.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
