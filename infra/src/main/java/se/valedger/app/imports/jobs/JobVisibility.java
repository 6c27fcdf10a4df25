package se.valedger.app.imports.jobs;

import org.springframework.security.core.Authentication;

/** StarterOrAdminSeesAJob: an import job is seen and cancelled by the user who started it and by ADMIN. */
public final class JobVisibility {

    private JobVisibility() {
    }

    public static boolean mayActOn(Authentication user, ImportJob job) {
        return user != null && (isAdmin(user) || user.getName().equals(job.startedBy()));
    }

    public static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
