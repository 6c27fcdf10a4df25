package se.valedger.boot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valedger.workorder.RecurrenceMakesARenewalCandidate;

/** The recurrence rule of cleaning work orders, from {@code valedger.work-orders.*} ({@link WorkOrderSettings}). */
@Configuration(proxyBeanMethods = false)
class WorkOrderConfig {

    @Bean
    RecurrenceMakesARenewalCandidate recurrenceMakesARenewalCandidate(WorkOrderSettings settings) {
        return new RecurrenceMakesARenewalCandidate(settings.recurrenceCount());
    }
}
