package ai.dflux.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at the shared {@link ControlPlane}:
 * {@code @QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)}.
 * The servers outlive each test class and stop at JVM exit.
 */
public class ControlPlaneTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return ControlPlane.serviceConfig();
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM: the servers' shutdown hooks stop them at exit
    }
}
