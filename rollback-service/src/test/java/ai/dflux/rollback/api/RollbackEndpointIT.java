package ai.dflux.rollback.api;

import ai.dflux.testkit.AgentEndpointContract;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class RollbackEndpointIT extends AgentEndpointContract {

    @Override
    protected String part() {
        return "rollback";
    }

    @Override
    protected String schema() {
        return "rollback";
    }

    @Override
    protected String statusAfterDiscovery() {
        return "NOTHING_TO_ROLL_BACK";
    }
}
