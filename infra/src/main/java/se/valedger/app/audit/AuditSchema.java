package se.valedger.app.audit;

import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import se.valedger.app.SchemaMigrations;

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
        SchemaMigrations.migrate(dataSource, SCHEMA, "classpath:db/audit");
    }
}
