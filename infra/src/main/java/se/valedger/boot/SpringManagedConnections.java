package se.valedger.boot;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC components take their connection from the Spring transaction in progress, and
 * nothing else commits or rolls it back. Axon's default wraps this in a unit-of-work-aware provider
 * that calls {@code rollback()} on the connection itself when a unit of work fails: inside a longer
 * transaction (an idempotent request, whose key and events must commit together) that would throw
 * away the whole transaction instead of just the failed command's savepoint. Every Axon unit of work
 * here runs in a Spring transaction (SpringTransactionManager), so the wrapper adds nothing.
 */
@Configuration(proxyBeanMethods = false)
class SpringManagedConnections {

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }
}
