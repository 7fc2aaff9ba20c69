package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.ddl.DdlPart;
import ai.dflux.compatibility.domain.ddl.ObjectStatus;
import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.compatibility.persistence.ConversionEntity;
import ai.dflux.compatibility.persistence.ConversionJobEntity;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.SchemaConverted;
import ai.dflux.service.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores a new revision and announces it with {@code SchemaConverted}, in the caller's transaction. */
@ApplicationScoped
public class ConversionStore {

    private final Outbox outbox;

    public ConversionStore(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The newest revision of a migration, or null. Call inside a session. */
    public Uni<StoredConversion> latest(java.util.UUID migrationId) {
        return ConversionEntity.<ConversionEntity>find("migrationId = ?1 order by revision desc", migrationId)
                .firstResult().map(found -> found == null ? null : new StoredConversion(found.revision,
                        found.ddlFingerprint, readReport(found.report), read(found.sourceCatalog, Catalog.class),
                        found.overrides == null ? List.of() : List.of(read(found.overrides, TypeOverride[].class))));
    }

    public Uni<Void> save(ConversionJobEntity job, ConversionInputs inputs, ConvertedSchema converted) {
        SchemaConversion conversion = converted.proof().conversion();
        StoredConversion previous = inputs.previous();
        ConversionEntity row = new ConversionEntity();
        row.migrationId = job.migrationId;
        row.tenantId = job.tenantId;
        row.revision = previous == null ? 1 : previous.revision() + 1;
        row.sourceFingerprint = inputs.sourceFingerprint();
        row.ddlFingerprint = converted.ddlFingerprint();
        row.preData = conversion.script(DdlPart.PRE_DATA);
        row.postData = conversion.script(DdlPart.POST_DATA);
        row.code = conversion.script(DdlPart.CODE);
        row.report = EventCodec.json(conversion);
        row.delta = converted.delta();
        row.deltaFromRevision = previous == null ? 0 : previous.revision();
        row.additiveOnly = converted.nonAdditive().isEmpty();
        row.nonAdditive = EventCodec.json(converted.nonAdditive());
        row.provenOn = converted.proof().server();
        row.sourceCatalog = EventCodec.json(inputs.catalog());
        row.overrides = EventCodec.json(inputs.overrides());
        row.createdAt = Instant.now();
        SchemaConverted event = new SchemaConverted(row.revision, "/api/v1/migrations/" + job.migrationId
                + "/conversion", row.sourceFingerprint, row.ddlFingerprint, countByStatus(conversion),
                row.deltaFromRevision, row.additiveOnly);
        return row.persist().chain(() -> outbox.publish(event, job.migrationId, job.tenantId, job.causeEventId))
                .replaceWithVoid();
    }

    public static Map<String, Integer> countByStatus(SchemaConversion conversion) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(ObjectStatus.values()).forEach(status -> counts.put(status.name(), 0));
        conversion.objects().forEach(o -> counts.merge(o.status().name(), 1, Integer::sum));
        return counts;
    }

    public static SchemaConversion readReport(String json) {
        return read(json, SchemaConversion.class);
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable: "
                    + e.getOriginalMessage(), e);
        }
    }
}
