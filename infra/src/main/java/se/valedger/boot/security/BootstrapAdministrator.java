package se.valedger.boot.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;

/** Creates the first administrator from VALEDGER_ADMIN_USER / _PASSWORD when nobody exists yet. */
@Component
class BootstrapAdministrator {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserAccounts accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.username = settings.user();
        this.password = settings.password();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdministrator() {
        if (accounts.anyExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No users exist and VALEDGER_ADMIN_USER / VALEDGER_ADMIN_PASSWORD are not set: nobody can sign in");
            return;
        }
        if (password.length() < 8) {
            throw new IllegalStateException("VALEDGER_ADMIN_PASSWORD must be at least 8 characters");
        }
        if (accounts.createFirst(username, password, EnumSet.of(Role.ADMIN))) {
            log.info("Created the first administrator '{}'", username);
        } else {
            log.info("The first administrator was created by another node");
        }
    }
}
