package se.valedger.boot.security;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code valedger.admin.user} and {@code valedger.admin.password} ({@link BootstrapAdministrator}): the first
 * administrator, created only while no account exists; empty means none is created.
 */
@Validated
@ConfigurationProperties("valedger.admin")
public record AdminSettings(@DefaultValue("") @NotNull String user, @DefaultValue("") @NotNull String password) {

    @Override
    public String toString() {
        return "AdminSettings[user=" + user + ", password=(hidden)]";
    }
}
