package se.valedger.projection;

/**
 * A projection that owns a schema of its own. Its Flyway migrations live under
 * {@code classpath:db/projections/<schema>} and are applied before event processing starts,
 * so a projection can be rebuilt by dropping its schema and replaying.
 */
public interface ReadModel {

    /** The name of the event processor (and processing group) that feeds it. */
    String processingGroup();

    /** The PostgreSQL schema holding its tables. */
    String schema();

    default String migrationsLocation() {
        return "classpath:db/projections/" + schema();
    }
}
