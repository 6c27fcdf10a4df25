package se.valedger.boot;

import java.lang.reflect.Constructor;
import org.axonframework.common.StringUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Every {@code @Aggregate} is instantiated through its no-argument constructor (as Axon's
 * GenericAggregateFactory does, without building a second handler model) instead of Spring's default prototype factory, which asked the application context for a
 * new prototype bean on every load: bean creation, post-processors and autowiring per command, the
 * largest single item in the command path's CPU profile. Our aggregates take nothing from Spring (a
 * handler's {@code Clock} is a parameter resolved per message), so nothing is lost. Axon's aggregate
 * lookup uses a bean named {@code <aggregate>AggregateFactory} when one exists; this registers it.
 */
@Configuration(proxyBeanMethods = false)
class PlainAggregateFactories {

    @Bean
    static BeanDefinitionRegistryPostProcessor plainAggregateFactoryRegistrar() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
                java.util.List<Class<?>> aggregates = new java.util.ArrayList<>();
                for (String name : registry.getBeanDefinitionNames()) {
                    Class<?> type = aggregateType(registry.getBeanDefinition(name));
                    if (type != null) {
                        aggregates.add(type);
                    }
                }
                for (Class<?> type : aggregates) {
                    if (aggregates.stream().anyMatch(other -> other != type && type.isAssignableFrom(other))) {
                        continue; // polymorphic: Spring's factory knows the subtypes
                    }
                    String factoryName = StringUtils.lowerCaseFirstCharacterOf(type.getSimpleName()) + "AggregateFactory";
                    if (!registry.containsBeanDefinition(factoryName)) {
                        registry.registerBeanDefinition(factoryName, BeanDefinitionBuilder
                                .genericBeanDefinition(NoArgumentConstructorFactory.class)
                                .addConstructorArgValue(type)
                                .getBeanDefinition());
                    }
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
                // everything happens on the registry
            }
        };
    }

    private static Class<?> aggregateType(BeanDefinition definition) {
        String className = definition.getBeanClassName();
        if (className == null || !className.startsWith("se.valedger.")) {
            return null;
        }
        try {
            Class<?> type = ClassUtils.forName(className, PlainAggregateFactories.class.getClassLoader());
            return type.isAnnotationPresent(Aggregate.class) ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** A new instance per load, or the snapshot itself when the stream starts with one. */
    static final class NoArgumentConstructorFactory<T> implements AggregateFactory<T> {
        private final Class<T> type;
        private final Constructor<T> constructor;

        NoArgumentConstructorFactory(Class<T> type) throws NoSuchMethodException {
            this.type = type;
            this.constructor = type.getDeclaredConstructor();
            this.constructor.setAccessible(true);
        }

        @Override
        public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
            if (type.isAssignableFrom(firstEvent.getPayloadType())) {
                return type.cast(firstEvent.getPayload());
            }
            try {
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create a " + type.getSimpleName(), e);
            }
        }

        @Override
        public Class<T> getAggregateType() {
            return type;
        }
    }
}
