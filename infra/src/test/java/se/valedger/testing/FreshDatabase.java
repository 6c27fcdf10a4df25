package se.valedger.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points the application context at a database of its own, created for it on the resolved server. */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String password = environment.getProperty("spring.datasource.password", "");
        String url = TestDatabases.create(environment.getRequiredProperty("spring.datasource.url"), user, password);
        environment.getPropertySources().addFirst(new MapPropertySource("fresh-test-database",
                Map.of("spring.datasource.url", url)));
    }
}
