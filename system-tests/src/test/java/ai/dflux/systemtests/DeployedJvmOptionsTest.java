package ai.dflux.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeployedJvmOptionsTest {

    private static final String MANIFEST = """
            spec:
              containers:
                - name: executor-service
                  env:
                    - name: QUARKUS_HTTP_PORT
                      value: "8083"
                    - name: JAVA_TOOL_OPTIONS
                      value: -XX:MaxRAMPercentage=70 -Xmn192m
                  resources:
                    requests:
                      cpu: 250m
                      memory: 384Mi
                    limits:
                      memory: 768Mi
            """;

    @Test
    void theHeapIsTheManifestsShareOfTheContainerLimitWithTheCollectorTheJvmPicksThere() {
        assertThat(DeployedJvmOptions.fromManifest(MANIFEST, "executor-service.yaml"))
                .containsExactly("-Xmx537m", "-XX:+UseSerialGC", "-Xmn192m");
    }

    @Test
    void withoutAShareTheHeapIsTheJvmsDefaultQuarterAndALargeContainerKeepsTheDefaultCollector() {
        String manifest = """
                limits:
                  memory: 4096Mi
                """;
        assertThat(DeployedJvmOptions.fromManifest(manifest, "big.yaml")).containsExactly("-Xmx1024m");
    }

    @Test
    void aManifestWithoutAMemoryLimitIsRefusedByName() {
        assertThatThrownBy(() -> DeployedJvmOptions.fromManifest("spec: {}\n", "rollback-service.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rollback-service.yaml")
                .hasMessageContaining("memory limit");
    }

    @Test
    void everyServiceManifestOfTheRepositoryIsRead() {
        for (String service : DfluxStack.SERVICES) {
            assertThat(DeployedJvmOptions.of(DfluxStack.repoRoot().resolve("deploy/k8s"), service))
                    .as(service).anySatisfy(option -> assertThat(option).startsWith("-Xmx"));
        }
    }
}
