package ai.dflux.service.health;

import ai.dflux.service.config.ServiceConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the service's own schema is reachable and migrated, read for real on each probe. */
@Readiness
@ApplicationScoped
public class OwnSchemaReadiness implements AsyncHealthCheck {

    private final Pool pool;
    private final ServiceConfig service;

    public OwnSchemaReadiness(Pool pool, ServiceConfig service) {
        this.pool = pool;
        this.service = service;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        String name = "control-plane schema " + service.schema();
        return pool.query("select max(version) as version from " + service.schema()
                        + ".flyway_schema_history where success")
                .execute()
                .map(rows -> HealthCheckResponse.named(name).up()
                        .withData("schemaVersion", String.valueOf(rows.iterator().next().getString("version")))
                        .build())
                .ifNoItem().after(Duration.ofSeconds(3)).failWith(() -> new IllegalStateException("no answer in 3 s"))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(name).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
