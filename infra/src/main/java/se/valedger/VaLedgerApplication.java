package se.valedger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(VaLedgerApplication.class, args);
    }
}
