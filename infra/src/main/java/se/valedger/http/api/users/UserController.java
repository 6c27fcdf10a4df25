package se.valedger.http.api.users;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.audit.AuditedRequest;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAdministration.UserView;
import se.valedger.app.users.UserAdministration;
import se.valedger.kernel.NotFound;

/** People and roles, managed by administrators (there is no delete: people are disabled). */
@RestController
@RequestMapping("/api/users")
class UserController {

    record NewUser(String username, String password, Set<Role> roles) {
    }

    record RoleChange(Set<Role> roles) {
    }

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    List<UserView> all() {
        return users.all();
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    UserView one(@PathVariable String username) {
        return users.find(username).orElseThrow(() -> new NotFound("No user named " + username));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@RequestBody NewUser body, HttpServletRequest request) {
        AuditedRequest.describe(request, "CreateUser", body.username());
        UserView created = users.create(body.username(), body.password(), roles(body.roles()));
        URI location = UriComponentsBuilder.fromPath("/api/users/{username}").buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PostMapping("/{username}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    UserView changeRoles(@PathVariable String username, @RequestBody RoleChange body, HttpServletRequest request) {
        AuditedRequest.describe(request, "ChangeUserRoles", username);
        return users.changeRoles(username, roles(body.roles()));
    }

    @PostMapping("/{username}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView disable(@PathVariable String username, HttpServletRequest request) {
        AuditedRequest.describe(request, "DisableUser", username);
        return users.setEnabled(username, false);
    }

    @PostMapping("/{username}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    UserView enable(@PathVariable String username, HttpServletRequest request) {
        AuditedRequest.describe(request, "EnableUser", username);
        return users.setEnabled(username, true);
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null ? EnumSet.noneOf(Role.class) : roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
