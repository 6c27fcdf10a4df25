package se.valedger.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every Flyway migration of this application (the event store's, each read model's, the audit schema's) runs
 * under one PostgreSQL session advisory lock, so nodes started together on an empty database migrate one after
 * the other. Flyway's own lock lives in the schema's history table, which does not exist before the schema does:
 * two nodes both creating a missing schema collide on {@code pg_namespace} (even {@code CREATE SCHEMA IF NOT
 * EXISTS} races in PostgreSQL), and one of them dies at start (TwoNodesStartTogetherIT saw it).
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrations {

    private static final String LOCK = "SELECT pg_advisory_lock(hashtext('valedger.schema-migrations'))";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('valedger.schema-migrations'))";

    @Bean
    FlywayMigrationStrategy migrationsOneNodeAtATime() {
        return flyway -> underLock(flyway.getConfiguration().getDataSource(), flyway::migrate);
    }

    /** Migrates {@code schema} (created if missing) from {@code location}, with a Flyway history of its own. */
    public static void migrate(DataSource dataSource, String schema, String location) {
        underLock(dataSource, () -> Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations(location)
                .load()
                .migrate());
    }

    private static void underLock(DataSource dataSource, Runnable migration) {
        try (Connection lockHolder = dataSource.getConnection()) {
            execute(lockHolder, LOCK);
            try {
                migration.run();
            } finally {
                execute(lockHolder, UNLOCK);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the schema-migration lock", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
