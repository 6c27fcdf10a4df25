package se.valedger.app.users;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The UI sessions open on this node, so that disabling a person ends theirs at once. This is the fast path
 * only: sessions live in each node's memory, so other nodes learn of the change from {@link CurrentAccountCheck},
 * which reads {@code security.app_user} on every request.
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session on this node signed in as {@code username}; answers how many. */
    public int endAllOf(String username) {
        int ended = 0;
        for (HttpSession session : open.values()) {
            try {
                if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context && context.getAuthentication() != null
                        && username.equals(context.getAuthentication().getName())) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                open.remove(session.getId());
            }
        }
        return ended;
    }
}
