package se.valedger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.valedger.app.CsvCells;

/**
 * Export formats. Each line (JSON Lines) or row (CSV) is the entry's canonical fields followed by
 * {@code prevHash} and {@code hash}, so anyone can recompute the chain outside the system.
 * In CSV an absent value is an empty unquoted field and an empty text is {@code ""}; lists are
 * separated by spaces. A text cell that a spreadsheet could run as a formula is neutralised with a leading
 * {@code '} (see {@link CsvCells}): drop one leading {@code '} from a cell to get the hashed value back.
 */
public final class AuditExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> CSV_HEADER;

    static {
        List<String> header = new ArrayList<>(AuditChain.fields(
                new AuditEntry(0, java.time.Instant.EPOCH, null, null, null, null, null, null, null, null, null, null,
                        null, List.of(), List.of(), null, null, null, null, false, AuditChain.KEYED, null, null)).keySet());
        header.add("prevHash");
        header.add("hash");
        CSV_HEADER = List.copyOf(header);
    }

    private AuditExport() {
    }

    public static Map<String, Object> line(AuditEntry e) {
        Map<String, Object> line = new LinkedHashMap<>(AuditChain.fields(e));
        line.put("prevHash", e.prevHash());
        line.put("hash", e.hash());
        return line;
    }

    public static void jsonLine(AuditEntry e, OutputStream out) {
        try {
            out.write(JSON.writeValueAsBytes(line(e)));
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static void csvHeader(Writer out) throws IOException {
        out.write(String.join(",", CSV_HEADER));
        out.write("\r\n");
    }

    public static void csvRow(AuditEntry e, Writer out) {
        try {
            Map<String, Object> line = line(e);
            out.write(CSV_HEADER.stream().map(column -> csvField(line.get(column))).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? list.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(" "))
                : value.toString();
        if (value instanceof Number) {
            return text;
        }
        return CsvCells.text(text);
    }

}
