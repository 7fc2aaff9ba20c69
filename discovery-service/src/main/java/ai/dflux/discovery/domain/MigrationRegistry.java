package ai.dflux.discovery.domain;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.Phase;
import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.MigrationDeleted;
import ai.dflux.discovery.persistence.CatalogEntity;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.MigrationRepository;
import ai.dflux.discovery.persistence.RetiredConnectionEntity;
import ai.dflux.discovery.persistence.SealedConnections;
import ai.dflux.discovery.persistence.SourceScriptEntity;
import ai.dflux.discovery.persistence.TimelineEventEntity;
import ai.dflux.service.api.MigrationNotFound;
import ai.dflux.service.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates, lists, reads and deletes a tenant's migrations. Each change commits with the event that announces it.
 */
@ApplicationScoped
public class MigrationRegistry {

    private final MigrationRepository migrations;
    private final Outbox outbox;
    private final CredentialCipher cipher;
    private final MeterRegistry registry;

    public MigrationRegistry(MigrationRepository migrations, Outbox outbox, CredentialCipher cipher,
            MeterRegistry registry) {
        this.migrations = migrations;
        this.outbox = outbox;
        this.cipher = cipher;
        this.registry = registry;
    }

    public Uni<MigrationEntity> create(String tenantId, MigrationDraft draft) {
        MigrationEntity entity = new MigrationEntity();
        entity.id = UUID.randomUUID();
        entity.tenantId = tenantId;
        entity.name = draft.name();
        entity.phase = Phase.CREATED.name();
        SealedSecret source = draft.sourceScript() == null ? cipher.seal(draft.source().password()) : null;
        SealedSecret target = cipher.seal(draft.target().password());
        entity.sourceDialect = draft.source().dialect().id();
        entity.sourceHost = draft.source().host();
        entity.sourcePort = draft.source().port();
        entity.sourceDatabase = draft.source().database();
        entity.sourceUsername = draft.source().username();
        entity.sourceSecret = source == null ? null : source.sealed();
        entity.sourceKeyId = source == null ? null : source.keyId();
        entity.targetDialect = draft.target().dialect().id();
        entity.targetHost = draft.target().host();
        entity.targetPort = draft.target().port();
        entity.targetDatabase = draft.target().database();
        entity.targetUsername = draft.target().username();
        entity.targetSecret = target.sealed();
        entity.targetKeyId = target.keyId();
        entity.options = writeOptions(draft.options());
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        MigrationCreated created = new MigrationCreated(draft.name(), info(draft.source()), info(draft.target()),
                draft.options());
        return Panache.withTransaction(() -> migrations.persist(entity)
                        .chain(() -> storeScript(entity.id, draft.sourceScript()))
                        .chain(() -> outbox.publish(created, entity.id, tenantId, null)))
                .invoke(() -> registry.counter("dflux.migrations.created", "tenant", tenantId).increment())
                .replaceWith(entity);
    }

    public Uni<List<MigrationEntity>> list(String tenantId) {
        return Panache.withSession(() -> migrations.listForTenant(tenantId));
    }

    public Uni<MigrationEntity> get(UUID id, String tenantId) {
        return Panache.withSession(() -> migrations.findForTenant(id, tenantId))
                .onItem().ifNull().failWith(() -> new MigrationNotFound(id));
    }

    /**
     * Deletes the migration with its catalog and timeline, and tells every service to clean up after it. Its
     * connections stay as a {@link RetiredConnectionEntity} until the Executor says it has cleaned the source.
     */
    public Uni<Void> delete(UUID id, String tenantId) {
        return Panache.withTransaction(() -> migrations.findForTenant(id, tenantId)
                .onItem().ifNull().failWith(() -> new MigrationNotFound(id))
                .call(found -> RetiredConnectionEntity.of(found, Instant.now()).persist())
                .chain(found -> CatalogEntity.delete("migrationId", id)
                        .chain(() -> TimelineEventEntity.delete("migrationId", id))
                        .chain(() -> migrations.delete(found))
                        .chain(() -> outbox.publish(new MigrationDeleted(found.phase), id, tenantId, null))))
                .replaceWithVoid();
    }

    /** The connections of a deleted migration of this tenant, kept for the source's cleanup. */
    /** The connections of a migration, or of a deleted one whose source the Executor has not cleaned yet. */
    public Uni<SealedConnections> connections(UUID id, String tenantId) {
        return get(id, tenantId).map(SealedConnections.class::cast)
                .onFailure(MigrationNotFound.class).recoverWithUni(() -> retired(id, tenantId));
    }

    public Uni<RetiredConnectionEntity> retired(UUID id, String tenantId) {
        return Panache.withSession(() -> RetiredConnectionEntity.<RetiredConnectionEntity>findById(id))
                .onItem().transform(found -> found != null && found.tenantId.equals(tenantId) ? found : null)
                .onItem().ifNull().failWith(() -> new MigrationNotFound(id));
    }

    /** Forgets a deleted migration's connections: the source holds nothing of dflux's any more. */
    public Uni<Void> forgetRetired(UUID id, String tenantId) {
        return Panache.withTransaction(() -> RetiredConnectionEntity.delete("migrationId = ?1 and tenantId = ?2", id,
                tenantId)).replaceWithVoid();
    }

    /** Forgets the connections of migrations deleted before {@code before}; returns how many. */
    public Uni<Long> forgetRetiredBefore(Instant before) {
        return Panache.withTransaction(() -> RetiredConnectionEntity.delete("retiredAt < ?1", before));
    }

    private static Uni<Void> storeScript(UUID migrationId, MigrationDraft.SourceScript script) {
        if (script == null) {
            return Uni.createFrom().voidItem();
        }
        SourceScriptEntity stored = new SourceScriptEntity();
        stored.migrationId = migrationId;
        stored.name = script.name();
        stored.script = script.text();
        return stored.persist().replaceWithVoid();
    }

    /** The source connection of a migration, password opened. */
    public DatabaseConnection sourceOf(SealedConnections entity) {
        return new DatabaseConnection(Dialect.parse(entity.sourceDialect).orElseThrow(), entity.sourceHost,
                entity.sourcePort, entity.sourceDatabase, entity.sourceUsername,
                cipher.open(new SealedSecret(entity.sourceKeyId, entity.sourceSecret)));
    }

    /** The target connection of a migration, password opened. */
    public DatabaseConnection targetOf(SealedConnections entity) {
        return new DatabaseConnection(Dialect.parse(entity.targetDialect).orElseThrow(), entity.targetHost,
                entity.targetPort, entity.targetDatabase, entity.targetUsername,
                cipher.open(new SealedSecret(entity.targetKeyId, entity.targetSecret)));
    }

    public static Map<String, String> readOptions(MigrationEntity entity) {
        try {
            return EventCodec.mapper().readValue(entity.options, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored options of migration " + entity.id + " are not JSON", e);
        }
    }

    private static String writeOptions(Map<String, String> options) {
        try {
            return EventCodec.mapper().writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ConnectionInfo info(DatabaseConnection connection) {
        return new ConnectionInfo(connection.dialect().id(), connection.host(), connection.port(),
                connection.database(), connection.username());
    }
}
