package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.valedger.VaLedgerApplication;
import se.valedger.app.CommandSender;
import se.valedger.app.EventLog;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.imports.en13508.En13508Importer;
import se.valedger.app.imports.jobs.ImportJobs;
import se.valedger.app.pipe.PipeTimeline;
import se.valedger.boot.cluster.SegmentBalancer;
import se.valedger.kernel.NotFound;
import se.valedger.plant.TreatmentPlantRegistered;
import se.valedger.testing.FreshDatabase;

/**
 * Under the {@code axonserver} profile every feature that reads the event log asks Axon Server through the one
 * {@link EventLog}, so with no server reachable it fails loudly instead of reading the empty JDBC event table
 * (which used to turn read-your-writes off and show empty histories). The connector points at a closed port; a
 * lifecycle processor that starts nothing keeps the processors from dialling out, while every bean is created.
 */
class EventLogUnderAxonServerTest {

    private static final List<Class<?>> READERS_OF_THE_LOG = List.of(CommandSender.class, ReadYourWrites.class,
            PipeTimeline.class, GovikenAtFirstStart.class, type("se.valedger.app.audit.AuditWriter"), ImportJobs.class, En13508Importer.class,
            SegmentBalancer.class, type("se.valedger.http.api.admin.ProjectionAdminController"));

    @Test
    void underTheAxonserverProfileEveryReaderOfTheLogAsksAxonServerThroughTheOneEventLog() {
        try (var context = new SpringApplicationBuilder(VaLedgerApplication.class)
                .profiles("test", "axonserver")
                .initializers(new FreshDatabase(), ctx -> ctx.getBeanFactory()
                        .registerSingleton("lifecycleProcessor", new AxonServerProfileTest.StartNothing()))
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:1",
                        "--axon.axonserver.connect-timeout=1000", "--axon.axonserver.reconnect-interval=500")) {
            everyReaderIsWiredToTheAxonServerEventLog(context);
        }
    }

    private static void everyReaderIsWiredToTheAxonServerEventLog(ConfigurableApplicationContext context) {
        Map<String, EventLog> logs = context.getBeansOfType(EventLog.class);
        assertThat(logs).hasSize(1);
        String logName = logs.keySet().iterator().next();
        EventLog log = logs.get(logName);
        assertThat(log).isInstanceOf(type("se.valedger.app.AxonServerEventLog"));

        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> dependents = Arrays.asList(beans.getDependentBeans(logName));
        for (Class<?> reader : READERS_OF_THE_LOG) {
            String[] names = context.getBeanNamesForType(reader);
            assertThat(names).as(reader.getSimpleName() + " is a bean").hasSize(1);
            assertThat(dependents).as(reader.getSimpleName() + " is wired to the event log").contains(names[0]);
        }

        // Calls that need the server fail with the connector's error; none answers from the empty JDBC table.
        assertThatThrownBy(log::head).satisfies(EventLogUnderAxonServerTest::comesFromAxonServer);
        assertThatThrownBy(() -> log.startedWith("goviken", TreatmentPlantRegistered.class))
                .satisfies(EventLogUnderAxonServerTest::comesFromAxonServer);
        assertThatThrownBy(() -> context.getBean(ReadYourWrites.class).awaitAggregate("pipe-register", "VA-1"))
                .satisfies(EventLogUnderAxonServerTest::comesFromAxonServer);
        assertThatThrownBy(() -> context.getBean(PipeTimeline.class).history("VA-1"))
                .isNotInstanceOf(NotFound.class).satisfies(EventLogUnderAxonServerTest::comesFromAxonServer);
        // Göviken is registered at first start only if the log says it is not there; without a server that
        // question has no answer, so the start-up step stops rather than register it again.
        assertThatThrownBy(() -> context.getBean(GovikenAtFirstStart.class).registerOnce())
                .satisfies(EventLogUnderAxonServerTest::comesFromAxonServer);
    }

    private static void comesFromAxonServer(Throwable failure) {
        assertThat(stackOf(failure)).contains("org.axonframework.axonserver.connector").doesNotContain("JdbcEventLog");
    }

    private static String stackOf(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
