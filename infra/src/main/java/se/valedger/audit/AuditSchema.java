package se.valedger.audit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The {@code audit} schema, migrated with a Flyway history of its own before anything is recorded. */
@Component
class AuditSchema implements InitializingBean {

    static final String SCHEMA = "audit";
    private final DataSource dataSource;

    AuditSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations("classpath:db/audit")
                .load()
                .migrate();
    }
}
