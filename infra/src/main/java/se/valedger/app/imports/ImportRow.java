package se.valedger.app.imports;

import java.util.List;
import java.util.function.Consumer;

/**
 * One unit an import stores: the file line it starts on, how many of the file's rows it stands for (a plant's day
 * sums its hours), and the commands it asks for in order, or why it cannot be stored ({@code refusal}).
 * {@code whenStored} runs once all its commands are stored (a summary, warnings of an accepted row); of a refused
 * row, once its refusal is counted (its further reasons).
 */
public record ImportRow(long line, long rows, List<Object> commands, ImportReport.Row refusal,
                        Consumer<ImportReport> whenStored) {

    public static ImportRow of(long line, Object command) {
        return new ImportRow(line, 1, List.of(command), null, report -> {
        });
    }

    public static ImportRow refused(long line, String field, String reason) {
        return new ImportRow(line, 1, List.of(), new ImportReport.Row(line, field, reason), report -> {
        });
    }

    /**
     * A row refused for several reasons, every one reported (issue 18: not only the first). The row counts once as
     * rejected; the further reasons are errors of the same line.
     */
    public static ImportRow refused(List<ImportReport.Row> reasons) {
        ImportReport.Row first = reasons.get(0);
        List<ImportReport.Row> more = List.copyOf(reasons.subList(1, reasons.size()));
        return new ImportRow(first.line(), 1, List.of(), first, report -> more.forEach(
                r -> report.error(r.line(), r.field(), r.reason())));
    }

    /** The same row standing for several rows of the file. */
    public ImportRow standingFor(long fileRows) {
        return new ImportRow(line, fileRows, commands, refusal, whenStored);
    }

    /** The same row with further commands, sent after these. */
    public ImportRow then(Object command) {
        return new ImportRow(line, rows, concat(commands, command), refusal, whenStored);
    }

    /** The same row, with something to do once it is stored. */
    public ImportRow whenStored(Consumer<ImportReport> action) {
        return new ImportRow(line, rows, commands, refusal, action);
    }

    private static List<Object> concat(List<Object> first, Object next) {
        Object[] all = first.toArray(new Object[first.size() + 1]);
        all[first.size()] = next;
        return List.of(all);
    }
}
