package se.valedger.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public data sets in {@code ../shared/data} beside the project (see its README). */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                Path file = candidate.resolve(relative);
                if (!Files.exists(file)) {
                    throw new IllegalStateException("no " + relative + " in " + candidate);
                }
                return file;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath());
    }
}
