package ai.dflux.discovery.api;

import ai.dflux.discovery.domain.MigrationRegistry;
import ai.dflux.discovery.domain.Timeline;
import ai.dflux.discovery.domain.drift.DriftResult;
import ai.dflux.discovery.domain.drift.DriftScan;
import ai.dflux.discovery.domain.findings.Assessment;
import ai.dflux.discovery.domain.findings.AssessmentMarkdown;
import ai.dflux.discovery.persistence.CatalogEntity;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.SchemaDriftEntity;
import ai.dflux.service.api.InvalidState;
import ai.dflux.service.api.MigrationNotFound;
import ai.dflux.service.api.Problem;
import ai.dflux.service.tenant.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The migration registry: the front door of dflux. Every call is scoped to the caller's tenant. */
@Path("/api/v1/migrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource {

    private final MigrationRegistry registry;
    private final Timeline timeline;
    private final CurrentTenant tenant;
    private final DriftScan drift;

    public MigrationResource(MigrationRegistry registry, Timeline timeline, CurrentTenant tenant, DriftScan drift) {
        this.drift = drift;
        this.registry = registry;
        this.timeline = timeline;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a migration; discovery of its source starts at once")
    @APIResponse(responseCode = "201", description = "Created; Location names the migration")
    @APIResponse(responseCode = "400", description = "A field is wrong; the body names it", content =
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(CreateMigrationRequest request) {
        var draft = MigrationRequestValidator.validate(request);
        return registry.create(tenant.id(), draft)
                .map(created -> Response.created(URI.create("/api/v1/migrations/" + created.id))
                        .entity(MigrationView.of(created)).build());
    }

    @GET
    @Operation(summary = "The tenant's migrations, newest first")
    public Uni<List<MigrationView>> list() {
        return registry.list(tenant.id()).map(all -> all.stream().map(MigrationView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One migration with its phase")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<MigrationView> get(UUID id) {
        return registry.get(id, tenant.id()).map(MigrationView::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a migration; every service cleans up after it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<Response> delete(UUID id) {
        return registry.delete(id, tenant.id()).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Every event of every service for this migration, in order, and the phase they add up to")
    public Uni<TimelineView> timeline(UUID id) {
        String tenantId = tenant.id();
        return registry.get(id, tenantId)
                .chain(found -> Panache.withSession(() -> timeline.of(id)))
                .map(events -> TimelineView.of(id, events));
    }

    @GET
    @Path("/{id}/catalog")
    @Operation(summary = "The source catalog discovery read (404 until it is read)")
    public Uni<String> catalog(UUID id) {
        return storedCatalog(id).map(stored -> stored.catalog);
    }

    @GET
    @Path("/{id}/findings")
    @Operation(summary = "What will not carry over as it is: each finding with its rule, severity, object and remedy")
    public Uni<String> findings(UUID id) {
        return storedCatalog(id).map(stored -> stored.findings);
    }

    @GET
    @Path("/{id}/fingerprint")
    @Operation(summary = "The stable hash of the source schema's structure, and when it was read")
    public Uni<FingerprintView> fingerprint(UUID id) {
        return storedCatalog(id).map(stored -> new FingerprintView(stored.fingerprint, stored.readAt));
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The assessment: object counts, findings by severity, conversion effort per object")
    public Uni<Assessment> report(UUID id) {
        return storedCatalog(id).map(AssessmentOfCatalog::assess);
    }

    @GET
    @Path("/{id}/report")
    @Produces("text/markdown")
    @Operation(summary = "The assessment as a Markdown page to hand on")
    public Uni<String> reportPage(UUID id) {
        String tenantId = tenant.id();
        return registry.get(id, tenantId).chain(migration -> catalogOf(migration)
                .map(stored -> AssessmentMarkdown.render(migration.name, AssessmentOfCatalog.assess(stored))));
    }

    @POST
    @Path("/{id}/rescan")
    @Operation(summary = "Read the source again now; when its schema changed, publish SchemaDriftDetected")
    @APIResponse(responseCode = "409", description = "The source has not been discovered yet")
    public Uni<DriftResult> rescan(UUID id) {
        String tenantId = tenant.id();
        return registry.get(id, tenantId).chain(migration -> {
            if (!DriftScan.WATCHED_PHASES.contains(migration.phase)) {
                throw new InvalidState("migration " + id + " is " + migration.phase + "; its source is rescanned"
                        + " only once discovered and until it ends (" + String.join(", ", DriftScan.WATCHED_PHASES)
                        + ")");
            }
            return drift.scan(migration);
        });
    }

    @GET
    @Path("/{id}/drift")
    @Operation(summary = "Every schema change found on the source while the migration ran, oldest first")
    public Uni<List<DriftView>> drift(UUID id) {
        String tenantId = tenant.id();
        return registry.get(id, tenantId)
                .chain(found -> Panache.withSession(() -> SchemaDriftEntity.<SchemaDriftEntity>list(
                        "migrationId = ?1 order by id", id)))
                .map(all -> all.stream().map(DriftView::of).toList());
    }

    private Uni<CatalogEntity> storedCatalog(UUID id) {
        String tenantId = tenant.id();
        return registry.get(id, tenantId).chain(this::catalogOf);
    }

    private Uni<CatalogEntity> catalogOf(MigrationEntity migration) {
        return Panache.withSession(() -> CatalogEntity.<CatalogEntity>findById(migration.id))
                .onItem().ifNull().failWith(() -> new MigrationNotFound("the catalog of migration " + migration.id
                        + " has not been read yet"));
    }
}
