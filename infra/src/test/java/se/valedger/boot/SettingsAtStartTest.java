package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import se.valedger.VaLedgerApplication;
import se.valedger.app.ClusterSettings;
import se.valedger.app.CommandSettings;
import se.valedger.app.ProcessorSettings;
import se.valedger.app.ReadYourWritesSettings;
import se.valedger.app.audit.AuditSettings;
import se.valedger.boot.security.LoginThrottleSettings;
import se.valedger.boot.security.WebSecuritySettings;
import se.valedger.http.idempotency.BodyLimits;
import se.valedger.testing.FreshDatabase;

/** A wrong {@code valedger.*} value stops the start, and what the operator reads names the key. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsAtStartTest {

    @Test
    void zeroConcurrencyAttemptsStopTheStartAndTheMessageNamesTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--valedger.commands.concurrency-attempts=0"))
                .satisfies(failure -> assertThat(bindFailure(failure).getName().toString()).isEqualTo("valedger.commands"));
        assertThat(output).contains("Origin: \"valedger.commands.concurrency-attempts\"")
                .contains("Reason: must be greater than or equal to 1");
    }

    @Test
    void aMalformedDurationStopsTheStartAndTheMessageNamesTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--valedger.read-your-writes.max-wait=five seconds"))
                .satisfies(failure -> assertThat(bindFailure(failure).getName().toString())
                        .isEqualTo("valedger.read-your-writes.max-wait"));
        assertThat(output).contains("Property: valedger.read-your-writes.max-wait").contains("five seconds");
    }

    @Test
    void bearerTokensSwitchedOnWithoutAnIssuerStopTheStartNamingTheMissingKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--valedger.oidc.enabled=true"))
                .satisfies(failure -> assertThat(bindFailure(failure).getName().toString()).isEqualTo("valedger.oidc"));
        assertThat(output).contains("valedger.oidc.issuer-uri is needed when valedger.oidc.enabled=true");
    }

    @Test
    void withoutAnyValedgerKeyEverySettingHasTheDefaultTheKeyHadBefore() {
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CommandSettings.class).concurrencyAttempts()).isEqualTo(5);
            assertThat(context.getBean(ReadYourWritesSettings.class).maxWait()).isEqualTo(Duration.ofSeconds(5));
            ProcessorSettings processors = context.getBean(ProcessorSettings.class);
            assertThat(processors.batchSize()).isEqualTo(500);
            assertThat(processors.idleTokenInterval()).isEqualTo(Duration.ofMillis(200));
            assertThat(processors.deadLetterGroups()).containsExactlyInAnyOrder("pipe-register", "leaks", "backlog",
                    "network-aging", "incident-register", "renewal-planning", "plant-capacity", "work-orders", "zones", "network");
            assertThat(processors.noSkipGroups()).containsExactlyInAnyOrder("renewal-execution", "work-order-opening");
            assertThat(context.getBean(EventStoreSettings.class).readBatchSize()).isEqualTo(1000);
            assertThat(context.getBean(BodyLimits.class).maxBody().toMegabytes()).isEqualTo(100);
            assertThat(context.getBean(WebSecuritySettings.class).sessionCookie().secure()).isEqualTo("auto");
            assertThat(context.getBean(LoginThrottleSettings.class).maxDelay()).isEqualTo(Duration.ofMinutes(15));
            assertThat(context.getBean(ClusterSettings.class).balanceInterval()).isEqualTo(Duration.ofSeconds(2));
            assertThat(context.getBean(IncidentSettings.class).csirt().name())
                    .isEqualTo("CERT-SE, Myndigheten för civilt försvar");
            assertThat(context.getBean(IncidentSettings.class).significance().financialLossSek()).isEqualTo(5_000_000L);
            assertThat(context.getBean(LeakSettings.class).priority().acute()).isEqualTo(Duration.ofHours(24));
            assertThat(context.getBean(LeakSettings.class).priority().planned()).isEqualTo(Duration.ofDays(14));
            assertThat(context.getBean(PlantSettings.class).goviken().thresholdsPercent()).isEqualTo(List.of(80, 90));
            assertThat(context.getBean(AuditSettings.class).checkpointCheck()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void aSessionCookieSettingOtherThanAutoTrueOrFalseIsRefused() {
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class)
                .withPropertyValues("valedger.http.session-cookie.secure=yes")
                .run(context -> assertThat(bindFailure(context.getStartupFailure()).getName().toString())
                        .isEqualTo("valedger.http"));
    }

    @Test
    void aPlannedTargetShorterThanTheAcuteOneOrAZeroTargetIsRefusedNamingTheLeakSettings() {
        for (String[] wrong : new String[][] {
                {"valedger.leaks.priority.acute=PT48H", "valedger.leaks.priority.planned=PT24H"},
                {"valedger.leaks.priority.acute=PT0S"},
                {"valedger.leaks.priority.planned=-P1D"}}) {
            new ApplicationContextRunner().withUserConfiguration(AllSettings.class).withPropertyValues(wrong)
                    .run(context -> assertThat(bindFailure(context.getStartupFailure()).getName().toString())
                            .as(String.join(" ", wrong)).isEqualTo("valedger.leaks"));
        }
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class)
                .withPropertyValues("valedger.leaks.priority.acute=PT8H", "valedger.leaks.priority.planned=P30D")
                .run(context -> assertThat(context.getBean(LeakSettings.class).priority().acute())
                        .isEqualTo(Duration.ofHours(8)));
    }

    @Test
    void aRetiredSeverityFactorStopsTheStartInsteadOfBeingIgnored() {
        new ApplicationContextRunner().withUserConfiguration(AllSettings.class)
                .withPropertyValues("valedger.leaks.factor.critical=0.5")
                .run(context -> assertThat(bindFailure(context.getStartupFailure()).getName().toString())
                        .isEqualTo("valedger.leaks"));
    }

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("se.valedger")
    static class AllSettings {
    }

    private static void start(String wrongValue) {
        new SpringApplicationBuilder(VaLedgerApplication.class)
                .profiles("test")
                .initializers(new FreshDatabase())
                .run("--server.port=0", wrongValue)
                .close();
    }

    private static BindException bindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        throw new AssertionError("no binding failure in " + failure);
    }
}
