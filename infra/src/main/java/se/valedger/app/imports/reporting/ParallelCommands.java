package se.valedger.app.imports.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs an importer's commands on a few threads, each acting as the importing user from the importing
 * request, so every event still carries who imported it and from where. Returns when all are done.
 */
public final class ParallelCommands {

    private ParallelCommands() {
    }

    public static void run(int threads, List<Runnable> tasks) {
        SecurityContext security = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        java.util.Map<String, Object> actor = se.valedger.app.ActorMetadataInterceptor.currentActor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(security);
                    RequestContextHolder.setRequestAttributes(request);
                    try {
                        se.valedger.app.ActorMetadataInterceptor.actingFor(actor, task);
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
