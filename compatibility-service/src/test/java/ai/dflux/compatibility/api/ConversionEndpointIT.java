package ai.dflux.compatibility.api;

import ai.dflux.testkit.AgentEndpointContract;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ConversionEndpointIT extends AgentEndpointContract {

    @Override
    protected String part() {
        return "conversion";
    }

    @Override
    protected String schema() {
        return "compatibility";
    }

    @Override
    protected String statusAfterDiscovery() {
        // SchemaDiscovered queues a conversion at once; with no discovery-service to serve the catalog here, it waits.
        return "CONVERTING";
    }
}
