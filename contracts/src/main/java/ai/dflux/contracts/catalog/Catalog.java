package ai.dflux.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What discovery read from a source database (or an Oracle schema script).
 *
 * @param partial true when some part could not be read; {@code problems} then says which
 */
public record Catalog(String dialect, String database, String serverVersion, Instant readAt, List<String> schemas,
        List<TableInfo> tables, List<ViewInfo> views, List<SequenceInfo> sequences, List<RoutineInfo> routines,
        List<TriggerInfo> triggers, List<TypeInfo> types, List<SynonymInfo> synonyms, List<String> extensions,
        boolean partial, List<String> problems) {

    public Catalog {
        schemas = Lists.of(schemas);
        tables = Lists.of(tables);
        views = Lists.of(views);
        sequences = Lists.of(sequences);
        routines = Lists.of(routines);
        triggers = Lists.of(triggers);
        types = Lists.of(types);
        synonyms = Lists.of(synonyms);
        extensions = Lists.of(extensions);
        problems = Lists.of(problems);
    }

    /** A catalog of tables only, as the first readers produced. */
    public Catalog(String dialect, String database, String serverVersion, Instant readAt, List<TableInfo> tables,
            boolean partial, List<String> problems) {
        this(dialect, database, serverVersion, readAt, tables.stream().map(TableInfo::schema).distinct().toList(),
                tables, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), partial, problems);
    }

    @JsonIgnore
    public int columnCount() {
        return tables.stream().mapToInt(t -> t.columns().size()).sum();
    }

    @JsonIgnore
    public long rowEstimate() {
        return tables.stream().mapToLong(TableInfo::rowEstimate).sum();
    }

    @JsonIgnore
    public int schemaCount() {
        return schemas.isEmpty() ? (int) tables.stream().map(TableInfo::schema).distinct().count() : schemas.size();
    }

    /** How many objects of each kind the catalog holds, in a stable order, for reports and tests. */
    @JsonIgnore
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("schemas", schemaCount());
        counts.put("tables", tables.size());
        counts.put("columns", columnCount());
        counts.put("primaryKeys", (int) tables.stream().filter(t -> !t.primaryKey().isEmpty()).count());
        counts.put("foreignKeys", tables.stream().mapToInt(t -> t.foreignKeys().size()).sum());
        counts.put("uniqueConstraints", tables.stream().mapToInt(t -> t.uniqueConstraints().size()).sum());
        counts.put("checkConstraints", tables.stream().mapToInt(t -> t.checkConstraints().size()).sum());
        counts.put("indexes", tables.stream().mapToInt(t -> t.indexes().size()).sum());
        counts.put("views", (int) views.stream().filter(v -> !v.materialized()).count());
        counts.put("materializedViews", (int) views.stream().filter(ViewInfo::materialized).count());
        counts.put("sequences", sequences.size());
        for (RoutineInfo.Kind kind : RoutineInfo.Kind.values()) {
            counts.put(kind.plural(), (int) routines.stream().filter(r -> r.kind() == kind).count());
        }
        counts.put("triggers", triggers.size());
        counts.put("types", types.size());
        counts.put("synonyms", synonyms.size());
        counts.put("extensions", extensions.size());
        return counts;
    }
}
