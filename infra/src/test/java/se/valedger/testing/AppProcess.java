package se.valedger.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/va-ledger.jar}) running in a JVM of its own, against an
 * external database: for tests that kill it, run two of it, or start it on a restored backup.
 */
public final class AppProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "va-ledger.jar");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** A new empty database on the local server, answering its JDBC URL. */
    public static String freshDatabase() {
        return TestDatabases.create("jdbc:postgresql://localhost:5432/postgres", "postgres", "");
    }

    public static AppProcess start(String name, String jdbcUrl, Map<String, String> extraEnvironment) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run these tests with `verify` (after package)");
        }
        int port = freePort();
        Path log = Path.of("target", "app-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("VALEDGER_DATABASE_MODE", "external");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "8");
        env.put("VALEDGER_ADMIN_USER", "admin");
        env.put("VALEDGER_ADMIN_PASSWORD", "admin-password");
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        env.put("LOGGING_LEVEL_SE_VALEDGER", "INFO");
        // Nodes of one database share its audit spool and published checkpoints; other databases' stay apart.
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
        env.put("VALEDGER_AUDIT_SPOOL_DIR", Path.of("target", "audit-spool", database).toString());
        env.put("VALEDGER_AUDIT_CHECKPOINT_FILE", Path.of("target", "audit-checkpoints", database + ".jsonl").toString());
        env.put("VALEDGER_AUDIT_CHAIN_KEY_FILE", Path.of("target", "audit-chain.key").toString());
        env.putAll(extraEnvironment);
        try {
            return new AppProcess(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    public AppProcess awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            if (health() == 200) {
                return this;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log.toAbsolutePath());
    }

    /** The status of {@code /actuator/health}, or -1 when nothing answers. */
    public int health() {
        try {
            return Api.anonymous(port).get("/actuator/health").status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public Api admin() {
        return Api.at(port, "admin", "admin-password");
    }

    public int port() {
        return port;
    }

    /** Where its standard output and error go. */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: graceful shutdown, processors release their segments. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
