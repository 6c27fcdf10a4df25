package se.valedger.pipe;

/** One corrected field of a pipe's record: what it said before and what it says now. */
public record FieldChange(String field, Object oldValue, Object newValue) {
}
