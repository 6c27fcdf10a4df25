package se.valedger.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import se.valedger.app.SchemaMigrations;
import se.valedger.projection.ReadModel;

/**
 * Migrates each read model's own schema with its own Flyway history, before any processor starts.
 * The event store's schema is migrated by Spring Boot's Flyway (db/migration).
 */
@Component
class ReadModelMigrations implements InitializingBean {

    private final DataSource dataSource;
    private final List<ReadModel> readModels;

    ReadModelMigrations(DataSource dataSource, List<ReadModel> readModels) {
        this.dataSource = dataSource;
        this.readModels = readModels;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, String> locationBySchema = new LinkedHashMap<>();
        readModels.forEach(model -> locationBySchema.putIfAbsent(model.schema(), model.migrationsLocation()));
        locationBySchema.forEach(this::migrate);
    }

    void migrate(String schema, String location) {
        SchemaMigrations.migrate(dataSource, schema, location);
    }
}
