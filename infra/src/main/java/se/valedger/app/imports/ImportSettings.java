package se.valedger.app.imports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code valedger.imports.*} settings, checked at start (a wrong value stops the application naming the key).
 *
 * @param parallelism         threads sending a parallel import's chunks
 * @param chunkSize           rows per chunk, one transaction each
 * @param jobThreads          import jobs running at once on one node
 * @param waitForResult       how long {@code POST /api/imports/{kind}} waits for its job before answering 202
 * @param maxWholeFile        the largest file an importer that reads its file whole takes (see WholeFileImports)
 * @param uploadDir           where uploads are spooled; null: {@code ${java.io.tmpdir}/valedger-uploads}
 * @param orphanCheckInterval how often jobs of stopped nodes are looked for
 */
@Validated
@ConfigurationProperties(prefix = "valedger.imports")
public record ImportSettings(
        @DefaultValue("4") @Min(1) int parallelism,
        @DefaultValue("100") @Min(1) int chunkSize,
        @DefaultValue("2") @Min(1) int jobThreads,
        @DefaultValue("10s") @NotNull Duration waitForResult,
        @DefaultValue("32MB") @NotNull DataSize maxWholeFile,
        Path uploadDir,
        @DefaultValue("30s") @NotNull Duration orphanCheckInterval) {

    public Path uploadDirOrDefault() {
        return uploadDir != null ? uploadDir : Path.of(System.getProperty("java.io.tmpdir"), "valedger-uploads");
    }
}
