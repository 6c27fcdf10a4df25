package se.valedger.app.imports.en13508;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.valedger.inspection.Observation;

/**
 * Reads the EN 13508-2 exchange text format.
 * <ul>
 * <li>{@code #A1} encoding (default ISO-8859-1), {@code #A2} language, {@code #A3} field separator (default
 * {@code ,}), {@code #A4} decimal mark (default {@code .}), {@code #A5} quote character (default {@code "}),
 * {@code #A6} year of the standard;</li>
 * <li>{@code #Bnn=<header codes>} followed by one line of values: the inspection's header ({@code AAA} pipe,
 * {@code ABF} date, ...). {@code #B01} after observations starts the next inspection;</li>
 * <li>{@code #C=<field letters>} followed by one observation per line (EN 13508-2 table B.3 letters:
 * A main code, B/C characterisations, D/E quantifications, F remarks, G/H clock positions, I distance,
 * J continuous defect, K joint, M photo, N video);</li>
 * <li>{@code #Z} ends an inspection; the end of the file ends the last one too.</li>
 * </ul>
 */
final class En13508Parser {

    /**
     * A continuous-defect marker (field J): {@code A<n>} starts and {@code B<n>} ends defect n (EN 13508-2 table B.3,
     * the same shape the pipe's rule {@code ObservationsMustBeWellFormed} accepts).
     */
    static final Pattern CONTINUOUS = Pattern.compile("[ABab][0-9A-Za-z]{1,4}");

    private En13508Parser() {
    }

    static En13508File parse(byte[] content) {
        String text = new String(content, encodingOf(content));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        char separator = ',';
        char decimal = '.';
        char quote = '"';
        String language = null;
        List<En13508File.Inspection> inspections = new ArrayList<>();
        List<En13508File.Problem> problems = new ArrayList<>();
        Builder current = null;
        String[] pendingHeaderCodes = null;
        String[] observationFields = null;
        for (int i = 0; i < lines.length; i++) {
            long lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#A")) {
                String value = valueOf(line);
                if (line.startsWith("#A3=") && !value.isEmpty()) {
                    separator = value.charAt(0);
                } else if (line.startsWith("#A4=") && !value.isEmpty()) {
                    decimal = value.charAt(0);
                } else if (line.startsWith("#A5=") && !value.isEmpty()) {
                    quote = value.charAt(0);
                } else if (line.startsWith("#A2=") && !value.isEmpty()) {
                    language = value;
                }
                continue;
            }
            if (line.startsWith("#B")) {
                if (current == null || current.hasObservations || line.startsWith("#B01")) {
                    if (current != null) {
                        inspections.add(current.build(false));
                    }
                    current = new Builder(lineNo);
                }
                pendingHeaderCodes = split(valueOf(line), separator, quote).toArray(String[]::new);
                observationFields = null;
                continue;
            }
            if (line.startsWith("#C")) {
                if (current == null) {
                    problems.add(new En13508File.Problem(lineNo, "#C", "observation block without a #B header"));
                    continue;
                }
                observationFields = split(valueOf(line), separator, quote).toArray(String[]::new);
                pendingHeaderCodes = null;
                continue;
            }
            if (line.startsWith("#Z")) {
                if (current != null) {
                    inspections.add(current.build(true));
                    current = null;
                }
                pendingHeaderCodes = null;
                observationFields = null;
                continue;
            }
            if (line.startsWith("#")) {
                problems.add(new En13508File.Problem(lineNo, line.length() > 3 ? line.substring(0, 3) : line,
                        "unknown block marker, line skipped"));
                continue;
            }
            List<String> values = split(line, separator, quote);
            if (pendingHeaderCodes != null && current != null) {
                for (int f = 0; f < pendingHeaderCodes.length && f < values.size(); f++) {
                    if (!values.get(f).isBlank()) {
                        current.header.put(pendingHeaderCodes[f].strip(), values.get(f).strip());
                    }
                }
                if (values.size() != pendingHeaderCodes.length) {
                    current.problems.add(new En13508File.Problem(lineNo, "#B", "header has " + pendingHeaderCodes.length
                            + " codes but " + values.size() + " values"));
                }
                pendingHeaderCodes = null;
            } else if (observationFields != null && current != null) {
                current.observation(lineNo, observationFields, values, decimal);
            } else {
                problems.add(new En13508File.Problem(lineNo, "line", "data line outside a #B or #C block, skipped"));
            }
        }
        if (current != null) {
            inspections.add(current.build(false));
        }
        return new En13508File(inspections, problems, language);
    }

    /** The encoding named by {@code #A1}; the first lines are ASCII in every encoding the format allows. */
    static Charset encodingOf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r\n|\r|\n")) {
            if (line.startsWith("#A1=")) {
                try {
                    return Charset.forName(line.substring(4).strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.ISO_8859_1;
                }
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    private static String valueOf(String line) {
        int eq = line.indexOf('=');
        return eq < 0 ? "" : line.substring(eq + 1).strip();
    }

    static List<String> split(String line, char separator, char quote) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    field.append(quote);
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static final class Builder {
        final long line;
        final Map<String, String> header = new LinkedHashMap<>();
        final List<Observation> observations = new ArrayList<>();
        final List<Long> observationLines = new ArrayList<>();
        final List<En13508File.Problem> problems = new ArrayList<>();
        final List<En13508File.Problem> warnings = new ArrayList<>();
        boolean hasObservations;

        Builder(long line) {
            this.line = line;
        }

        void observation(long lineNo, String[] fields, List<String> values, char decimal) {
            hasObservations = true;
            Map<String, String> byLetter = new LinkedHashMap<>();
            for (int f = 0; f < fields.length && f < values.size(); f++) {
                String v = values.get(f).strip();
                if (!v.isEmpty()) {
                    byLetter.put(fields[f].strip(), v);
                }
            }
            if (values.size() > fields.length) {
                problems.add(new En13508File.Problem(lineNo, "#C", "observation has " + values.size()
                        + " values for " + fields.length + " fields"));
                return;
            }
            Double distance = number(lineNo, "I", byLetter.get("I"), decimal);
            Integer clockFrom = clock(lineNo, "G", byLetter.get("G"));
            Integer clockTo = clock(lineNo, "H", byLetter.get("H"));
            String code = byLetter.get("A");
            if (code == null) {
                problems.add(new En13508File.Problem(lineNo, "A", "observation without a main code"));
                return;
            }
            String continuous = byLetter.get("J");
            if (continuous != null && !CONTINUOUS.matcher(continuous).matches()) {
                warnings.add(new En13508File.Problem(lineNo, "J", "continuous-defect marker '" + continuous
                        + "' is not A<n> (start) or B<n> (end): the observation is kept as a single defect without it"));
                continuous = null;
            }
            observations.add(new Observation(distance, code, byLetter.get("B"), byLetter.get("C"),
                    decimalised(byLetter.get("D"), decimal), decimalised(byLetter.get("E"), decimal),
                    clockFrom, clockTo, byLetter.containsKey("K") ? "A".equalsIgnoreCase(byLetter.get("K")) : null,
                    continuous, byLetter.get("F")));
            observationLines.add(lineNo);
        }

        private Double number(long lineNo, String field, String value, char decimal) {
            if (value == null) {
                return null;
            }
            try {
                return Double.parseDouble(decimalised(value, decimal));
            } catch (NumberFormatException e) {
                problems.add(new En13508File.Problem(lineNo, field, "'" + value + "' is not a number"));
                return null;
            }
        }

        private Integer clock(long lineNo, String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                int clock = Integer.parseInt(value);
                if (clock >= 1 && clock <= 12) {
                    return clock;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new En13508File.Problem(lineNo, field, "clock position must be 1 to 12, was '" + value + "'"));
            return null;
        }

        private static String decimalised(String value, char decimal) {
            return value == null || decimal == '.' ? value : value.replace(decimal, '.');
        }

        En13508File.Inspection build(boolean closed) {
            return new En13508File.Inspection(line, header, observations, observationLines, problems, warnings, closed);
        }
    }
}
