package ai.dflux.compatibility.domain;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.compatibility.domain.types.OverrideVerdict;
import ai.dflux.compatibility.domain.types.TypeOverrideCheck;
import ai.dflux.compatibility.persistence.TypeOverrideEntity;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.InvalidState;
import ai.dflux.service.api.Problem;
import ai.dflux.service.tracking.TrackedMigration;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A migration's type overrides: each is checked against the source column it names (which must exist in the latest
 * conversion) before anything is stored. A type PostgreSQL does not have is refused; a type that can truncate or
 * reject source values is kept, since the tenant chose it, but marked LOSSY with the reason.
 */
@ApplicationScoped
public class TypeOverrides {

    private final ConversionStore conversions;
    private final ConversionJobs jobs;
    private final TypeOverrideCheck check = new TypeOverrideCheck();

    public TypeOverrides(ConversionStore conversions, ConversionJobs jobs) {
        this.conversions = conversions;
        this.jobs = jobs;
    }

    /** The stored overrides. Call inside a session. */
    public Uni<List<StoredOverride>> list(UUID migrationId) {
        return TypeOverrideEntity.<TypeOverrideEntity>list("migrationId = ?1 order by sourceSchema, sourceTable,"
                + " sourceColumn", migrationId).map(rows -> rows.stream().map(TypeOverrides::view).toList());
    }

    /**
     * Replaces the overrides with {@code requested} and queues a reconversion; all or nothing. Call inside a
     * transaction.
     */
    public Uni<List<StoredOverride>> replace(TrackedMigration migration, List<RequestedOverride> requested) {
        return conversions.latest(migration.migrationId).chain(latest -> {
            if (latest == null) {
                throw new InvalidState("migration " + migration.migrationId + " is not converted yet: overrides"
                        + " name columns of a converted schema");
            }
            Dialect dialect = Dialect.parse(migration.sourceDialect).orElseThrow(() -> new InvalidState(
                    "the source dialect of migration " + migration.migrationId + " is not known"));
            List<TypeOverrideEntity> rows = review(migration.migrationId, dialect, latest.conversion().tables(),
                    requested);
            return TypeOverrideEntity.delete("migrationId", migration.migrationId)
                    .chain(() -> TypeOverrideEntity.persist(rows))
                    .chain(() -> jobs.request(migration.migrationId, migration.tenantId,
                            ConversionJobs.CAUSE_OVERRIDES, null))
                    .map(done -> rows.stream().map(TypeOverrides::view).toList());
        });
    }

    private List<TypeOverrideEntity> review(UUID migrationId, Dialect dialect, List<TablePlan> tables,
            List<RequestedOverride> requested) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<TypeOverrideEntity> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String at = "[" + i + "]";
            RequestedOverride request = requested.get(i);
            if (request == null || blank(request.table()) || blank(request.column()) || blank(request.targetType())) {
                errors.add(new Problem.FieldError(at, "needs table, column and targetType (schema when the source"
                        + " has more than one)"));
                continue;
            }
            Optional<Found> found = find(tables, request, dialect != Dialect.POSTGRESQL);
            if (found.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".column", "the source has no column " + describe(request)
                        + (request.schema() == null ? " (or it is in more than one schema: name the schema)" : "")));
                continue;
            }
            Found column = found.get();
            if (!seen.add(column.table().sourceSchema() + "." + column.table().sourceTable() + "."
                    + column.column().source())) {
                errors.add(new Problem.FieldError(at, describe(request) + " is named twice"));
                continue;
            }
            ColumnInfo source = new ColumnInfo(0, column.column().source(), column.column().sourceType(), true, null);
            OverrideVerdict verdict = check.check(dialect, source, request.targetType());
            if (verdict instanceof OverrideVerdict.Rejected rejected) {
                errors.add(new Problem.FieldError(at + ".targetType", rejected.reason()));
                continue;
            }
            var mapped = ((OverrideVerdict.Accepted) verdict).mapped();
            TypeOverrideEntity row = new TypeOverrideEntity();
            row.migrationId = migrationId;
            row.sourceSchema = column.table().sourceSchema();
            row.sourceTable = column.table().sourceTable();
            row.sourceColumn = column.column().source();
            row.targetType = mapped.sqlType();
            row.fidelity = mapped.fidelity().name();
            row.notes = EventCodec.json(mapped.notes());
            row.createdAt = Instant.now();
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return rows;
    }

    private record Found(TablePlan table, ColumnPlan column) {
    }

    /**
     * The one source column the request names. MySQL and Oracle names match whatever their case (MySQL compares
     * column names so, and Oracle's unquoted names are upper case in the catalog); PostgreSQL's match exactly.
     */
    private static Optional<Found> find(List<TablePlan> tables, RequestedOverride request, boolean anyCase) {
        BiPredicate<String, String> same = anyCase ? String::equalsIgnoreCase : String::equals;
        List<Found> matches = new ArrayList<>();
        for (TablePlan table : tables) {
            if ((request.schema() == null || same.test(table.sourceSchema(), request.schema()))
                    && same.test(table.sourceTable(), request.table())) {
                table.columns().stream().filter(c -> same.test(c.source(), request.column()))
                        .forEach(c -> matches.add(new Found(table, c)));
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String describe(RequestedOverride request) {
        return (request.schema() == null ? "" : request.schema() + ".") + request.table() + "." + request.column();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static StoredOverride view(TypeOverrideEntity row) {
        try {
            List<String> notes = EventCodec.mapper().readValue(row.notes, new TypeReference<List<String>>() { });
            return new StoredOverride(row.sourceSchema, row.sourceTable, row.sourceColumn, row.targetType,
                    row.fidelity, notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored override notes are not JSON", e);
        }
    }
}
