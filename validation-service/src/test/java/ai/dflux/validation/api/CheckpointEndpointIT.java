package ai.dflux.validation.api;

import ai.dflux.testkit.AgentEndpointContract;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class CheckpointEndpointIT extends AgentEndpointContract {

    @Override
    protected String part() {
        return "checkpoints";
    }

    @Override
    protected String schema() {
        return "validation";
    }

    @Override
    protected String statusAfterDiscovery() {
        return "NO_CHECKPOINTS";
    }
}
