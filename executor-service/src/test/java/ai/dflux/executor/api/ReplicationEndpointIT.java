package ai.dflux.executor.api;

import ai.dflux.testkit.AgentEndpointContract;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ReplicationEndpointIT extends AgentEndpointContract {

    @Override
    protected String part() {
        return "replication";
    }

    @Override
    protected String schema() {
        return "executor";
    }

    @Override
    protected String statusAfterDiscovery() {
        return "WAITING_FOR_CONVERSION";
    }
}
