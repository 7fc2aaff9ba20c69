package ai.dflux.executor.api;

import ai.dflux.contracts.events.MigrationPaused;
import ai.dflux.contracts.events.MigrationResumed;
import ai.dflux.executor.domain.ReplicationState;
import ai.dflux.executor.domain.ReplicationStatus;
import ai.dflux.executor.domain.Replications;
import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import ai.dflux.executor.domain.progress.StreamFigures;
import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.api.AgentView;
import ai.dflux.service.outbox.Outbox;
import ai.dflux.service.tenant.CurrentTenant;
import ai.dflux.service.tracking.MigrationTracker;
import ai.dflux.service.tracking.TrackedMigration;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Executor Agent's part of a migration, scoped to the caller's tenant: progress, lag, and control. */
@Path("/api/v1/migrations/{id}/replication")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReplicationResource {

    private final MigrationTracker tracker;
    private final CurrentTenant tenant;
    private final Replications replications;
    private final ReplicationMetrics metrics;
    private final Outbox outbox;

    public ReplicationResource(MigrationTracker tracker, CurrentTenant tenant, Replications replications,
            ReplicationMetrics metrics, Outbox outbox) {
        this.tracker = tracker;
        this.tenant = tenant;
        this.replications = replications;
        this.metrics = metrics;
        this.outbox = outbox;
    }

    @GET
    @Operation(summary = "The copy per table (rows, bytes, ETA) and the stream's lag and rates")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<ReplicationView> get(@PathParam("id") UUID id) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId)
                .chain(migration -> replications.find(id).map(row -> view(migration, row))));
    }

    @POST
    @Path("/start")
    @Operation(summary = "Start a converted migration that was created with the option manualStart")
    @APIResponse(responseCode = "409", description = "The migration does not wait for a start")
    public Uni<ReplicationView> start(@PathParam("id") UUID id) {
        return change(id, row -> replications.start(id).replaceWith(row));
    }

    @POST
    @Path("/pause")
    @Operation(summary = "Stop applying changes; the source keeps them until resume")
    @APIResponse(responseCode = "409", description = "The migration is not streaming")
    public Uni<ReplicationView> pause(@PathParam("id") UUID id) {
        return change(id, row -> replications.pause(id, "paused through the API")
                .call(paused -> outbox.publish(new MigrationPaused(MigrationPaused.REQUESTED,
                        "paused through the API; POST .../replication/resume continues"), id, paused.tenantId, null)));
    }

    @POST
    @Path("/resume")
    @Operation(summary = "Apply changes again from where the stream paused")
    @APIResponse(responseCode = "409", description = "The migration is not paused")
    public Uni<ReplicationView> resume(@PathParam("id") UUID id) {
        return change(id, row -> replications.resume(id)
                .call(resumed -> outbox.publish(new MigrationResumed("api"), id, resumed.tenantId, null)));
    }

    @POST
    @Path("/stop")
    @Operation(summary = "End the replication for good and remove the replication slot and publication from the"
            + " source; the target keeps its rows")
    @APIResponse(responseCode = "409", description = "The replication is stopped already")
    public Uni<ReplicationView> stop(@PathParam("id") UUID id) {
        return change(id, row -> replications.stop(id));
    }

    private Uni<ReplicationView> change(UUID id, Function<ReplicationEntity, Uni<ReplicationEntity>> action) {
        String tenantId = tenant.id();
        return Panache.withTransaction(() -> tracker.find(id, tenantId)
                .chain(migration -> replications.find(id).chain(row -> action.apply(row)
                        .map(changed -> view(migration, changed)))));
    }

    private ReplicationView view(TrackedMigration migration, ReplicationEntity row) {
        AgentView agent = AgentView.of(migration, ReplicationStatus.of(migration, row));
        if (row == null) {
            return new ReplicationView(agent, null);
        }
        Optional<ReplicationProgress> live = metrics.progress(row.migrationId);
        ReplicationView.CopyView copy = live.map(p -> copyOf(p, row))
                .orElseGet(() -> new ReplicationView.CopyView(row.rowsCopied, row.bytesCopied, row.copySeconds,
                        null, null, List.of()));
        ReplicationView.StreamView stream = live.filter(p -> ReplicationState.STREAMING.name().equals(row.state))
                .map(p -> streamOf(p.stream())).orElse(null);
        return new ReplicationView(agent, new ReplicationView.Details(row.state, row.reason, row.appliedRevision,
                row.snapshotPosition, row.attempts, row.lastError, copy, stream, leaseHolder(row)));
    }

    private static String leaseHolder(ReplicationEntity row) {
        return row.leaseUntil != null && row.leaseUntil.isAfter(Instant.now()) ? row.owner : null;
    }

    private static ReplicationView.CopyView copyOf(ReplicationProgress progress, ReplicationEntity row) {
        boolean done = row.copySeconds != null;
        return new ReplicationView.CopyView(done ? row.rowsCopied : progress.rowsCopied(),
                done ? row.bytesCopied : progress.bytesCopied(), row.copySeconds,
                done ? Long.valueOf(0) : progress.copyEtaSeconds(), progress.tablesLeft(),
                progress.tables().stream().map(t -> new ReplicationView.TableView(t.sourceTable(), t.targetTable(),
                        t.state().name(), t.estimatedRows(), t.rowsCopied(), t.bytesCopied(), t.etaSeconds()))
                        .toList());
    }

    private static ReplicationView.StreamView streamOf(StreamFigures figures) {
        return new ReplicationView.StreamView(figures.lagSeconds(), figures.lagBytes(), figures.eventsPerSecond(),
                figures.rowsPerSecond(), figures.eventsApplied(), figures.rowsApplied(), figures.appliedPosition(),
                figures.sourceReads(), figures.sourceRowsRead());
    }
}
