package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.valedger.VaLedgerApplication;
import se.valedger.testing.FreshDatabase;

class AxonServerProfileTest {

    /**
     * No Axon Server runs here, so the context is wired but not started: a lifecycle processor that
     * starts nothing keeps the processors from dialling out, while every bean is still created.
     */
    @Test
    void theAxonserverProfileRoutesEventsAndMessagesThroughAxonServer() {
        try (var context = new SpringApplicationBuilder(VaLedgerApplication.class)
                .profiles("test", "axonserver")
                .initializers(new FreshDatabase(), ctx -> ctx.getBeanFactory()
                        .registerSingleton("lifecycleProcessor", new StartNothing()))
                .run("--server.port=0", "--axon.axonserver.servers=localhost:18124")) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        }
    }

    @Test
    void withoutTheProfileTheJdbcEventStoreOnPostgresqlIsUsed() {
        try (var context = new SpringApplicationBuilder(VaLedgerApplication.class)
                .profiles("test")
                .initializers(new FreshDatabase())
                .run("--server.port=0")) {
            assertThat(context.getBean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class))
                    .isInstanceOf(org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine.class);
            assertThat(context.getBean(CommandBus.class)).isNotInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBeansOfType(se.valedger.app.EventLog.class).values())
                    .singleElement().extracting(log -> log.getClass().getSimpleName()).isEqualTo("JdbcEventLog");
        }
    }

    static class StartNothing implements org.springframework.context.LifecycleProcessor {
        @Override
        public void onRefresh() {
        }

        @Override
        public void onClose() {
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return false;
        }
    }
}
