package ai.dflux.compatibility.api;

import ai.dflux.compatibility.domain.ConversionStatus;
import ai.dflux.compatibility.domain.ConversionStore;
import ai.dflux.compatibility.domain.RequestedOverride;
import ai.dflux.compatibility.domain.StoredOverride;
import ai.dflux.compatibility.domain.TypeOverrides;
import ai.dflux.compatibility.domain.ddl.ConvertedObject;
import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.compatibility.persistence.ConversionEntity;
import ai.dflux.compatibility.persistence.ConversionJobEntity;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.service.api.AgentView;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.MigrationNotFound;
import ai.dflux.service.tenant.CurrentTenant;
import ai.dflux.service.tracking.MigrationTracker;
import ai.dflux.service.tracking.TrackedMigration;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Compatibility Agent's part of a migration, scoped to the caller's tenant. */
@Path("/api/v1/migrations/{id}/conversion")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConversionResource {

    private static final Map<String, String> PARTS = Map.of("pre-data", "preData", "post-data", "postData",
            "code", "code", "delta", "delta");

    private final MigrationTracker tracker;
    private final CurrentTenant tenant;
    private final TypeOverrides overrides;

    public ConversionResource(MigrationTracker tracker, CurrentTenant tenant, TypeOverrides overrides) {
        this.tracker = tracker;
        this.tenant = tenant;
        this.overrides = overrides;
    }

    @GET
    @Operation(summary = "The converted schema: counts per status and object kind, and every object with its source,"
            + " target DDL and messages")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant, or no such revision")
    public Uni<ConversionView> get(@PathParam("id") UUID id, @QueryParam("revision") Integer revision,
            @QueryParam("status") String status, @QueryParam("kind") String kind) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId)
                .chain(migration -> ConversionJobEntity.count("migrationId = ?1 and state = ?2", id,
                                ConversionJobEntity.PENDING)
                        .chain(pending -> revision(id, revision).chain(row -> overrides.list(id)
                                .map(stored -> view(migration, pending > 0, row, stored, status, kind))))));
    }

    @GET
    @Path("/ddl/{part}")
    @Produces("application/sql")
    @Operation(summary = "One DDL part of a revision as a script: pre-data, post-data, code, or the delta from the"
            + " previous revision")
    @APIResponse(responseCode = "404", description = "No such migration, revision or part")
    public Uni<String> ddl(@PathParam("id") UUID id, @PathParam("part") String part,
            @QueryParam("revision") Integer revision) {
        if (!PARTS.containsKey(part)) {
            throw new MigrationNotFound("no DDL part '" + part + "': the parts are " + String.join(", ",
                    new TreeMap<>(PARTS).keySet()));
        }
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId).chain(found -> revision(id, revision)))
                .map(row -> row == null ? null : script(row, part))
                .onItem().ifNull().failWith(() -> new MigrationNotFound("migration " + id + " has no " + part
                        + " DDL" + (revision == null ? " yet" : " in revision " + revision)));
    }

    @GET
    @Path("/tables")
    @Operation(summary = "Where each source table's rows go, column by column (target names, types, value rules)")
    public Uni<List<TablePlan>> tables(@PathParam("id") UUID id, @QueryParam("revision") Integer revision) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId).chain(found -> revision(id, revision)))
                .onItem().ifNull().failWith(() -> new MigrationNotFound("migration " + id + " is not converted yet"))
                .map(row -> ConversionStore.readReport(row.report).tables());
    }

    @GET
    @Path("/overrides")
    @Operation(summary = "The migration's type overrides, each with the loss check's verdict")
    public Uni<List<StoredOverride>> listOverrides(@PathParam("id") UUID id) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId).chain(found -> overrides.list(id)));
    }

    @PUT
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the migration's type overrides; each is checked for loss, and the schema is"
            + " converted again")
    @APIResponse(responseCode = "202", description = "Stored; a reconversion is queued. Lossy overrides say so")
    @APIResponse(responseCode = "400", description = "A column does not exist or a type is not a PostgreSQL type;"
            + " nothing is stored")
    @APIResponse(responseCode = "409", description = "The schema is not converted yet")
    public Uni<Response> replaceOverrides(@PathParam("id") UUID id, List<RequestedOverride> requested) {
        if (requested == null) {
            throw InvalidRequest.field("body", "must be a JSON array of {schema, table, column, targetType}");
        }
        String tenantId = tenant.id();
        return Panache.withTransaction(() -> tracker.find(id, tenantId)
                        .chain(migration -> overrides.replace(migration, requested)))
                .map(stored -> Response.accepted(stored).build());
    }

    private static Uni<ConversionEntity> revision(UUID id, Integer revision) {
        if (revision == null) {
            return ConversionEntity.<ConversionEntity>find("migrationId = ?1 order by revision desc", id)
                    .firstResult();
        }
        return ConversionEntity.<ConversionEntity>find("migrationId = ?1 and revision = ?2", id, revision)
                .firstResult()
                .onItem().ifNull().failWith(() -> new MigrationNotFound("migration " + id + " has no revision "
                        + revision));
    }

    private static String script(ConversionEntity row, String part) {
        return switch (part) {
            case "pre-data" -> row.preData;
            case "post-data" -> row.postData;
            case "code" -> row.code;
            default -> row.delta;
        };
    }

    private static ConversionView view(TrackedMigration migration, boolean pending, ConversionEntity row,
            List<StoredOverride> stored, String status, String kind) {
        AgentView agent = AgentView.of(migration, ConversionStatus.of(migration, pending, row));
        if (row == null) {
            return new ConversionView(agent, null);
        }
        SchemaConversion conversion = ConversionStore.readReport(row.report);
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        conversion.objects().forEach(o -> byKind.computeIfAbsent(o.kind().name(), k -> new LinkedHashMap<>())
                .merge(o.status().name(), 1, Integer::sum));
        List<ConvertedObject> objects = conversion.objects().stream()
                .filter(o -> status == null || o.status().name().equalsIgnoreCase(status))
                .filter(o -> kind == null || o.kind().name().equalsIgnoreCase(kind)).toList();
        String base = "/api/v1/migrations/" + migration.migrationId + "/conversion/ddl/";
        Map<String, String> ddl = new LinkedHashMap<>();
        PARTS.keySet().stream().sorted().filter(p -> !p.equals("delta") || row.delta != null)
                .forEach(p -> ddl.put(p, base + p + "?revision=" + row.revision));
        var delta = new ConversionView.DeltaView(row.deltaFromRevision, row.additiveOnly, readList(row.nonAdditive));
        return new ConversionView(agent, new ConversionView.RevisionView(row.revision, row.provenOn,
                row.sourceFingerprint, row.ddlFingerprint, ConversionStore.countByStatus(conversion), byKind, ddl,
                delta, stored, objects, conversion.renamed()));
    }

    private static List<String> readList(String json) {
        try {
            return EventCodec.mapper().readValue(json, new TypeReference<List<String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON", e);
        }
    }
}
