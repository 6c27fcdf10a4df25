package se.valedger.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database per test context, on whichever server the application resolved
 * (the local one or the embedded one). Databases left over from runs more than a few hours old are dropped.
 */
public final class TestDatabases {

    static final String PREFIX = "valedger_it_";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static final long KEEP_SECONDS = 3 * 3600;
    private static boolean cleaned;

    private TestDatabases() {
    }

    /** Creates a new empty database on the server of {@code serverUrl} and answers its URL. */
    public static synchronized String create(String serverUrl, String user, String password) {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + serverUrl);
        }
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            if (!cleaned) {
                dropStale(statement);
                cleaned = true;
            }
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + serverUrl, e);
        }
        return m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
    }

    private static void dropStale(Statement statement) throws SQLException {
        long now = Instant.now().getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (var rs = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                try {
                    if (now - Long.parseLong(parts[0]) > KEEP_SECONDS) {
                        stale.add(name);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
