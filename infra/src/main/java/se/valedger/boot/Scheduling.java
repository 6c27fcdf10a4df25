package se.valedger.boot;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background housekeeping: segment balancing between nodes, forgetting old idempotency keys. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
