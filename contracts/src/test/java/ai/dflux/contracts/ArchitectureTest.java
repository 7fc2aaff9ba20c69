package ai.dflux.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void contractsKnowNoServiceAndNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.dflux.service..", "ai.dflux.discovery..",
                        "ai.dflux.compatibility..", "ai.dflux.executor..", "ai.dflux.validation..",
                        "ai.dflux.rollback..", "ai.dflux.testkit..", "io.quarkus..", "jakarta..", "org.apache.kafka..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ai.dflux.contracts"));
    }
}
