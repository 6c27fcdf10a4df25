package se.valedger.boot;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import se.valedger.kernel.TextMustBePrintable;

/**
 * Defence in depth behind the web checks: {@link TextMustBePrintable} on every text in every command,
 * whoever sends it (an importer, a saga, code). A handler interceptor on the command bus is the one place
 * every command passes before its aggregate and before any event exists, without a call to remember in
 * each of the command records or aggregates; it runs where the command is handled, so it holds with Axon
 * Server routing too. Fields are named as the record's components ({@code geometry.crs},
 * {@code observations[2].remark}); an importer reports them per row like any other refusal.
 */
@Component
class CommandTextMustBePrintable implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final int DEEPEST = 6;

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        check("", unitOfWork.getMessage().getPayload(), 0);
        return chain.proceed();
    }

    static void check(String field, Object value, int depth) {
        if (value == null || depth > DEEPEST) {
            return;
        }
        if (value instanceof String text) {
            TextMustBePrintable.check(field.isEmpty() ? "value" : field, text);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(field + "[" + index++ + "]", item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                check(field, key, depth + 1);
                check(field + (field.isEmpty() ? "" : ".") + key, item, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(field + (field.isEmpty() ? "" : ".") + component.getName(), read(component, value), depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
