package se.valedger.app.users;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People who may sign in, kept in PostgreSQL with bcrypt password hashes. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> found = jdbc.query(
                "SELECT username, password_hash, roles, enabled FROM security.app_user WHERE username = ?",
                (rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(parseRoles(rs.getString("roles")).stream()
                                .map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                        .build(),
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        return found.get(0);
    }

    /** What a person may do right now: enabled or not, and their roles. Empty when nobody has that name. */
    public record CurrentState(boolean enabled, Set<Role> roles) {
    }

    public Optional<CurrentState> currentState(String username) {
        return jdbc.query("SELECT enabled, roles FROM security.app_user WHERE username = ?",
                (rs, n) -> new CurrentState(rs.getBoolean("enabled"), parseRoles(rs.getString("roles"))), username)
                .stream().findFirst();
    }

    public boolean anyExists() {
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM security.app_user)", Boolean.class);
        return Boolean.TRUE.equals(exists);
    }

    public void create(String username, String rawPassword, Set<Role> roles) {
        jdbc.update("INSERT INTO security.app_user (username, password_hash, roles) VALUES (?, ?, ?)",
                username, passwordEncoder.encode(rawPassword), formatRoles(roles));
    }

    /**
     * Creates the first administrator unless somebody exists already, answering whether this call created it.
     * Several nodes started together on an empty database all try: a transaction-scoped advisory lock lets one
     * look and insert at a time, and {@code ON CONFLICT DO NOTHING} keeps a same-named insert harmless anyway.
     */
    @Transactional
    public boolean createFirst(String username, String rawPassword, Set<Role> roles) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('valedger.bootstrap-administrator'))::text", String.class);
        if (anyExists()) {
            return false;
        }
        return jdbc.update("INSERT INTO security.app_user (username, password_hash, roles) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                username, passwordEncoder.encode(rawPassword), formatRoles(roles)) == 1;
    }

    static Set<Role> parseRoles(String roles) {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
