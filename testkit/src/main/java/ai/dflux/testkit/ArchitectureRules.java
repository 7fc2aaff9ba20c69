package ai.dflux.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layout rules of DESIGN.md, checked on a module's main classes by that module's {@code ArchitectureTest}: no
 * service imports another, main code never uses the testkit or prints to standard output, and an agent's domain knows
 * neither REST nor Kafka.
 */
public final class ArchitectureRules {

    /** The root package of every service; shared code lives in {@code ai.dflux.service} and {@code ai.dflux.contracts}. */
    public static final List<String> SERVICES = List.of("discovery", "compatibility", "executor", "validation",
            "rollback");

    private ArchitectureRules() {
    }

    /** Checks every rule on the main classes under {@code rootPackage} (for example {@code ai.dflux.discovery}). */
    public static void check(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        for (ArchRule rule : rules(rootPackage)) {
            rule.check(classes);
        }
    }

    static List<ArchRule> rules(String rootPackage) {
        String own = rootPackage.substring(rootPackage.lastIndexOf('.') + 1);
        String[] otherServices = SERVICES.stream().filter(s -> !s.equals(own)).map(s -> "ai.dflux." + s + "..")
                .toArray(String[]::new);
        return List.of(
                noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                        .as("a service never imports another service; they talk through events"),
                noClasses().should().dependOnClassesThat().resideInAPackage("ai.dflux.testkit..")
                        .as("main code never uses the testkit"),
                noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                        .as("main code logs instead of printing"),
                noClasses().that().resideInAPackage(rootPackage + ".domain..").should().dependOnClassesThat()
                        .resideInAnyPackage("jakarta.ws.rs..", "org.eclipse.microprofile.reactive.messaging..",
                                "io.smallrye.reactive.messaging..", "org.apache.kafka.clients..",
                                "org.apache.kafka.streams..", rootPackage + ".api..", rootPackage + ".messaging..")
                        .allowEmptyShould(true)
                        .as("an agent's domain imports neither REST nor the Kafka client (events travel through"
                                + " messaging); Kafka Connect's record model is the CDC engine's API and allowed"));
    }
}
