package se.valedger.app.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.valedger.kernel.MalformedFile;

/**
 * The optional attribute file beside an EPANET model: material and installation year per pipe id,
 * e.g. {@code id,material,installationYear} or {@code ledningsid;material;anläggningsår}.
 * It is small (one row per pipe, two attributes) and read whole.
 */
final class PipeAttributesCsv {

    public record Attributes(long line, String material, Integer installationYear) {
    }

    private PipeAttributesCsv() {
    }

    public static Map<String, Attributes> read(Path file, Charset charset) {
        Map<String, Attributes> byId = new HashMap<>();
        int[] columns = {-1, -1, -1};
        try (CsvTable table = CsvTable.open(TextLines.of(file, charset), PipesCsvFile.FORMAT)) {
            if (table.header() == null) {
                return byId;
            }
            List<String> header = table.header().cells();
            for (int i = 0; i < header.size(); i++) {
                String key = Vocabulary.key(header.get(i));
                if (PipesCsvFile.ID.contains(key)) {
                    columns[0] = i;
                } else if (key.equals("material")) {
                    columns[1] = i;
                } else if (PipesCsvFile.YEAR.contains(key)) {
                    columns[2] = i;
                }
            }
            if (columns[0] < 0) {
                throw new MalformedFile(1, "attribute file, line 1: no id column (id, pipeId or ledningsid)");
            }
            table.rows(record -> {
                long number = record.line();
                String id = record.cell(columns[0]);
                if (id == null) {
                    throw new MalformedFile(number, "attribute file, line " + number + ": no pipe id");
                }
                String year = record.cell(columns[2]);
                Integer installationYear = year == null ? null
                        : (int) PipesCsvFile.wholeNumber(number, year, "installationYear", "attribute file, ");
                byId.put(id, new Attributes(number, record.cell(columns[1]), installationYear));
            });
        }
        return byId;
    }
}
