package se.valedger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, checked on the compiled classes of all four modules. */
class ModuleBoundariesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.valedger");
    }

    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString())
                .map(uri -> uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-"))
                .orElse(false));
    }

    @Test
    void allFourModulesAreSeen() {
        for (String module : new String[] {"shared-kernel", "command-side", "query-side", "infra"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().filter(inModule(module)::test))
                    .as(module).isNotEmpty();
        }
    }

    @Test
    void theSharedKernelIsPlainJavaWithoutSpring() {
        noClasses().that(inModule("shared-kernel"))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that(inModule("command-side")).should().dependOnClassesThat(inModule("query-side")).check(classes);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that(inModule("query-side")).should().dependOnClassesThat(inModule("command-side")).check(classes);
    }

    @Test
    void nothingButInfraDependsOnInfra() {
        noClasses().that(inModule("shared-kernel").or(inModule("command-side")).or(inModule("query-side")))
                .should().dependOnClassesThat(inModule("infra")).check(classes);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void everyHandledEventCarriesARevisionAndLivesInTheSharedKernel() {
        methods().that().areAnnotatedWith(EventHandler.class).or().areAnnotatedWith(EventSourcingHandler.class)
                .should(handleRevisionedSharedKernelEvents())
                .check(classes);
    }

    private static ArchCondition<JavaMethod> handleRevisionedSharedKernelEvents() {
        return new ArchCondition<>("take an event from the shared kernel annotated with @Revision") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes no event"));
                    return;
                }
                JavaClass event = method.getRawParameterTypes().get(0);
                boolean ok = event.isAnnotatedWith(Revision.class) && inModule("shared-kernel").test(event);
                events.add(new SimpleConditionEvent(method, ok, method.getFullName() + " handles " + event.getName()));
            }
        };
    }
}
