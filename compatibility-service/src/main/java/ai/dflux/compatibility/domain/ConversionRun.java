package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.compatibility.persistence.ConversionJobEntity;
import ai.dflux.compatibility.persistence.TypeOverrideEntity;
import ai.dflux.service.agents.DiscoveryApi;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Runs one conversion: fetches the catalog and the target's connection from discovery, converts with the
 * migration's type overrides, proves the DDL on the target (off the event loop), and stores the new revision with
 * its {@code SchemaConverted} event in one transaction. A revision whose DDL and statuses equal the previous one's
 * is not stored again.
 */
@ApplicationScoped
public class ConversionRun {

    private final DiscoveryApi discovery;
    private final SchemaConversions conversions;
    private final ConversionStore store;
    private final Vertx vertx;

    public ConversionRun(@RestClient DiscoveryApi discovery, SchemaConversions conversions, ConversionStore store,
            Vertx vertx) {
        this.discovery = discovery;
        this.conversions = conversions;
        this.store = store;
        this.vertx = vertx;
    }

    /** Converts and stores; completes with whether a new revision was stored. */
    public Uni<Boolean> run(ConversionJobEntity job) {
        return inputs(job)
                .chain(inputs -> vertx.executeBlocking(Uni.createFrom().item(() -> conversions.convert(inputs)))
                        .chain(converted -> Panache.withTransaction(() -> stillWanted(job)
                                .chain(wanted -> !wanted || unchanged(inputs, converted) ? finish(job, false)
                                        : store.save(job, inputs, converted).chain(() -> finish(job, true))))));
    }

    private Uni<ConversionInputs> inputs(ConversionJobEntity job) {
        return discovery.catalog(job.migrationId, job.tenantId)
                .onFailure().transform(e -> new CatalogUnavailable(job.migrationId, e))
                .chain(stored -> discovery.connections(job.migrationId, job.tenantId)
                        .onFailure().transform(e -> new CatalogUnavailable(job.migrationId, e))
                        .chain(connections -> Panache.withSession(() -> overrides(job)
                                .chain(overrides -> store.latest(job.migrationId)
                                        .map(previous -> new ConversionInputs(stored.catalog(), stored.fingerprint(),
                                                connections, overrides, previous))))));
    }

    private static Uni<List<TypeOverride>> overrides(ConversionJobEntity job) {
        return TypeOverrideEntity.<TypeOverrideEntity>list("migrationId = ?1 order by sourceSchema, sourceTable,"
                        + " sourceColumn", job.migrationId)
                .map(rows -> rows.stream().map(r -> new TypeOverride(r.sourceSchema, r.sourceTable, r.sourceColumn,
                        r.targetType)).toList());
    }

    /** The migration may have been deleted while the conversion ran: then there is nothing to store. */
    private static Uni<Boolean> stillWanted(ConversionJobEntity job) {
        return ConversionJobEntity.<ConversionJobEntity>findById(job.id).map(found -> found != null
                && ConversionJobEntity.PENDING.equals(found.state));
    }

    private static boolean unchanged(ConversionInputs inputs, ConvertedSchema converted) {
        return inputs.previous() != null && inputs.previous().ddlFingerprint().equals(converted.ddlFingerprint())
                && ConversionStore.countByStatus(inputs.previous().conversion())
                        .equals(ConversionStore.countByStatus(converted.proof().conversion()));
    }

    private static Uni<Boolean> finish(ConversionJobEntity job, boolean stored) {
        return ConversionJobEntity.update("state = ?1, finishedAt = ?2, attempts = attempts + 1 where id = ?3",
                ConversionJobEntity.DONE, java.time.Instant.now(), job.id).replaceWith(stored);
    }
}
