package se.valedger.app.users;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.valedger.app.users.UserSessions;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.RuleViolated;

/**
 * People and their roles, managed by administrators. Nobody is ever deleted (the audit trail names
 * them for ever): a person who leaves is disabled. The system always keeps one enabled administrator.
 * User names are unique regardless of case ({@code Erik} and {@code erik} cannot both exist); signing in takes
 * the name exactly as it was created.
 */
@Service
public class UserAdministration {

    public record UserView(String username, Set<Role> roles, boolean enabled, Instant createdAt) {
    }

    static final String USERNAME = "[A-Za-z0-9._@-]{2,100}";
    static final int MIN_PASSWORD = 10;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;

    UserAdministration(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, UserSessions sessions) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    public List<UserView> all() {
        return jdbc.query("SELECT username, roles, enabled, created_at FROM security.app_user ORDER BY username",
                (rs, n) -> new UserView(rs.getString("username"), UserAccounts.parseRoles(rs.getString("roles")),
                        rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant()));
    }

    public Optional<UserView> find(String username) {
        return all().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Transactional
    public UserView create(String username, String password, Set<Role> roles) {
        if (username == null || !username.matches(USERNAME)) {
            throw new InvalidInput("username", "a user name is 2 to 100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new InvalidInput("password", "a password is " + MIN_PASSWORD + " to 72 characters");
        }
        requireRoles(roles);
        int inserted = jdbc.update("""
                INSERT INTO security.app_user (username, password_hash, roles) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""",
                username, passwordEncoder.encode(password), UserAccounts.formatRoles(roles));
        if (inserted == 0) {
            String existing = jdbc.queryForObject("SELECT username FROM security.app_user WHERE lower(username) = lower(?)",
                    String.class, username);
            if (!username.equals(existing)) {
                throw new RuleViolated("UserNamesAreUniqueIgnoringCase", "a user named " + existing
                        + " exists or existed; user names may not differ only in upper and lower case");
            }
            throw new RuleViolated("UserNamesAreNeverReused", "a user named " + username
                    + " exists or existed; user names are never reused");
        }
        return find(username).orElseThrow();
    }

    @Transactional
    public UserView changeRoles(String username, Set<Role> roles) {
        requireRoles(roles);
        lockUsers();
        UserView user = existing(username);
        if (user.enabled() && user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(username);
        }
        jdbc.update("UPDATE security.app_user SET roles = ? WHERE username = ?", UserAccounts.formatRoles(roles), username);
        return find(username).orElseThrow();
    }

    @Transactional
    public UserView setEnabled(String username, boolean enabled) {
        lockUsers();
        UserView user = existing(username);
        if (!enabled && user.enabled() && user.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(username);
        }
        jdbc.update("UPDATE security.app_user SET enabled = ? WHERE username = ?", enabled, username);
        if (!enabled) {
            endSessionsOnCommit(username);
        }
        return find(username).orElseThrow();
    }

    /**
     * A disabled person's open UI sessions on this node end once the change is committed. Their sessions on
     * other nodes end at their next request ({@link CurrentAccountCheck}). A role change keeps the sessions:
     * the next request, on any node, runs with the new roles.
     */
    private void endSessionsOnCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endAllOf(username);
            }
        });
    }

    private UserView existing(String username) {
        return find(username).orElseThrow(() -> new NotFound("No user named " + username));
    }

    /** Serialises role and status changes, so two administrators cannot remove each other at once. */
    private void lockUsers() {
        jdbc.execute("LOCK TABLE security.app_user IN SHARE ROW EXCLUSIVE MODE");
    }

    private void requireAnotherAdministrator(String username) {
        Integer others = jdbc.queryForObject("""
                SELECT count(*) FROM security.app_user
                WHERE enabled AND username <> ? AND (',' || roles || ',') LIKE '%,ADMIN,%'""", Integer.class, username);
        if (others == null || others == 0) {
            throw new RuleViolated("AtLeastOneEnabledAdministrator",
                    username + " is the only enabled administrator; make someone else administrator first");
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("roles", "give at least one role: " + EnumSet.allOf(Role.class));
        }
    }
}
