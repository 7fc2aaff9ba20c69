package ai.dflux.compatibility;

import ai.dflux.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheLayoutRules() {
        ArchitectureRules.check("ai.dflux.compatibility");
    }
}
