package se.valedger.app;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command dispatched from a request with who sent it and from where. Keys already
 * present (set by an importer or a saga) are kept.
 */
@Component
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> actor = currentActor();
            actor.keySet().removeAll(command.getMetaData().keySet());
            return actor.isEmpty() ? command : command.andMetaData(actor);
        };
    }

    /** The actor of the request that started the import job this thread runs (it outlives its request). */
    private static final ThreadLocal<Map<String, Object>> ACTING_FOR = new ThreadLocal<>();

    /** Runs the work as the given actor: every command it sends carries the actor's metadata, as from the request. */
    public static void actingFor(Map<String, Object> actor, Runnable work) {
        Map<String, Object> before = ACTING_FOR.get();
        ACTING_FOR.set(Map.copyOf(actor));
        try {
            work.run();
        } finally {
            if (before == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(before);
            }
        }
    }

    public static Map<String, Object> currentActor() {
        Map<String, Object> job = ACTING_FOR.get();
        if (job != null) {
            return new HashMap<>(job);
        }
        Map<String, Object> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            metadata.put(MessageMetadata.USER, authentication.getName());
            metadata.put(MessageMetadata.ROLES, authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", ""))
                    .sorted().collect(Collectors.joining(",")));
            metadata.put(MessageMetadata.AUTH_METHOD, authentication instanceof UsernamePasswordAuthenticationToken
                    ? "password" : authentication.getClass().getSimpleName());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(MessageMetadata.CLIENT_ADDRESS, request.getRemoteAddr());
            String userAgent = request.getHeader("User-Agent");
            if (userAgent != null) {
                metadata.put(MessageMetadata.USER_AGENT, userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent);
            }
            String correlation = request.getHeader("X-Correlation-Id");
            metadata.put(MessageMetadata.CORRELATION_ID, correlation != null && correlation.matches("[A-Za-z0-9._-]{1,100}")
                    ? correlation : UUID.randomUUID().toString());
        }
        return metadata;
    }
}
