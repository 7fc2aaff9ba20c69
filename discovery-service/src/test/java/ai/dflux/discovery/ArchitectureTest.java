package ai.dflux.discovery;

import ai.dflux.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheLayoutRules() {
        ArchitectureRules.check("ai.dflux.discovery");
    }
}
