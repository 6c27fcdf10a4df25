package se.valedger.boot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;

/**
 * Rights are what {@code security.app_user} says now, not what they were when the session began: on every
 * request with a session sign-in, the person is looked up again. Disabled (or gone): the session ends and the
 * request goes no further (the UI redirects to sign-in; elsewhere the request continues unauthenticated, so it
 * is answered 401). Roles changed: the request, and the session from now on, run with the current roles.
 * HTTP Basic needs no such check: its password is checked, and the user read, on every request.
 */
final class CurrentAccountCheck extends OncePerRequestFilter {

    static final String SIGNED_OUT = "/login?expired";

    private final UserAccounts accounts;
    private final boolean redirectToSignIn;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccountCheck(UserAccounts accounts, boolean redirectToSignIn) {
        this.accounts = accounts;
        this.redirectToSignIn = redirectToSignIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken) || !signedIn.isAuthenticated() || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccounts.CurrentState> now;
        try {
            now = accounts.currentState(signedIn.getName());
        } catch (DataAccessException storeUnreachable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "2");
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Your rights cannot be checked just now (database unreachable); nothing was changed.");
            return;
        }
        if (now.isEmpty() || !now.get().enabled()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (redirectToSignIn) {
                response.sendRedirect(request.getContextPath() + SIGNED_OUT);
                return;
            }
        } else if (!now.get().roles().equals(roles(signedIn))) {
            runWithCurrentRoles(signedIn, now.get().roles(), request, response);
        }
        chain.doFilter(request, response);
    }

    private void runWithCurrentRoles(Authentication signedIn, Set<Role> roles, HttpServletRequest request,
                                     HttpServletResponse response) {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(signedIn.getName()).password("").authorities(authorities).build(), null, authorities);
        current.setDetails(signedIn.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private static Set<Role> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .collect(Collectors.toSet());
    }
}
