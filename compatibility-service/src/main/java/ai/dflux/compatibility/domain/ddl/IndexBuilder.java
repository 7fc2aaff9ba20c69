package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CREATE INDEX} for the secondary indexes of a table: not those backing the primary key or a unique constraint,
 * which PostgreSQL builds for the constraint. MySQL FULLTEXT indexes become GIN indexes on {@code to_tsvector},
 * prefix key parts index the whole column.
 */
final class IndexBuilder {

    private static final Pattern PREFIX_PART = Pattern.compile("(.+)\\((\\d+)\\)");
    private static final Set<String> POSTGRES_METHODS = Set.of("btree", "hash", "gin", "gist", "brin", "spgist");

    private final ConversionContext context;

    IndexBuilder(ConversionContext context) {
        this.context = context;
    }

    /** The converted index, or empty for one that backs the primary key or a unique constraint. */
    Optional<ConvertedObject> build(TableInfo table, IndexInfo index) {
        if (index.primary() || backsUniqueConstraint(table, index)) {
            return Optional.empty();
        }
        String name = context.names().index(table.schema(), table.name(), index.name());
        String target = context.names().schema(table.schema()) + "." + name;
        ObjectDraft draft = new ObjectDraft(ObjectKind.INDEX, table.qualifiedName() + "." + index.name(), target,
                DdlPart.POST_DATA).definition(index.method() + " (" + String.join(", ", index.columns()) + ")")
                .dependsOn(context.table(table));
        String method = index.method() == null ? "btree" : index.method().toLowerCase(Locale.ROOT);
        List<String> parts;
        switch (method) {
            case "fulltext" -> {
                parts = List.of(fullText(table, index, draft));
                method = "gin";
            }
            case "spatial" -> {
                parts = columnParts(table, index, draft);
                method = "gist";
                spatial(table, index, draft);
            }
            case "bitmap" -> {
                parts = keyParts(table, index, draft);
                method = "btree";
                draft.warn("index " + index.name() + " is a bitmap index in the source; PostgreSQL has none and"
                        + " builds a btree index (PostgreSQL combines btree indexes into bitmaps when it scans)");
            }
            case "normal" -> {
                parts = keyParts(table, index, draft);
                method = "btree";
            }
            default -> {
                parts = keyParts(table, index, draft);
                if (!POSTGRES_METHODS.contains(method)) {
                    draft.manual("index " + index.name() + " is of type " + index.method()
                            + ", which PostgreSQL does not have: choose an index (GIN on to_tsvector for text search)");
                }
            }
        }
        if ("hash".equals(method) && (index.unique() || parts.size() > 1)) {
            method = "btree";
        }
        StringBuilder sql = new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(name).append(" ON ").append(context.table(table)).append(" USING ").append(method)
                .append(" (").append(String.join(", ", parts)).append(")");
        if (index.predicate() != null) {
            Translation predicate = context.expression(table, index.predicate());
            if (predicate.translated()) {
                sql.append(" WHERE ").append(predicate.sql());
                predicate.warnings().forEach(w -> draft.warn("predicate of index " + index.name() + ": " + w));
            } else {
                draft.manual("the WHERE clause of index " + index.name() + " (" + index.predicate()
                        + ") cannot be translated: " + predicate.failure());
            }
        }
        return Optional.of(draft.statement(sql.toString()).build());
    }

    /** A unique index with the name or the columns of a unique constraint is the constraint's own index. */
    static boolean backsUniqueConstraint(TableInfo table, IndexInfo index) {
        if (!index.unique() || index.predicate() != null) {
            return false;
        }
        for (UniqueConstraintInfo unique : table.uniqueConstraints()) {
            if (index.name().equals(unique.name()) || !index.expression() && index.columns().equals(unique.columns())) {
                return true;
            }
        }
        return false;
    }

    private List<String> keyParts(TableInfo table, IndexInfo index, ObjectDraft draft) {
        List<String> parts = new ArrayList<>();
        for (String part : index.columns()) {
            Optional<ColumnInfo> column = column(table, part);
            if (column.isPresent()) {
                parts.add(context.column(table, column.get().name()));
                continue;
            }
            Matcher prefix = PREFIX_PART.matcher(part);
            if (!index.expression() && prefix.matches() && column(table, prefix.group(1)).isPresent()) {
                ColumnInfo prefixed = column(table, prefix.group(1)).get();
                parts.add(context.column(table, prefixed.name()));
                draft.warn("index " + index.name() + " covers only the first " + prefix.group(2) + " characters of "
                        + prefixed.name() + " in the source; PostgreSQL indexes the whole value"
                        + (index.unique() ? ", so uniqueness now applies to whole values" : "")
                        + (prefixed.largeObject() ? ", and a btree index cannot hold values longer than about 2,700"
                                + " bytes" : ""));
                continue;
            }
            Translation expression = context.expression(table, part);
            if (expression.translated()) {
                parts.add("(" + expression.sql() + ")");
                expression.warnings().forEach(w -> draft.warn("index " + index.name() + ": " + w));
            } else {
                draft.manual("key part " + part + " of index " + index.name() + " cannot be translated: "
                        + expression.failure());
            }
        }
        return parts;
    }

    private List<String> columnParts(TableInfo table, IndexInfo index, ObjectDraft draft) {
        List<String> parts = new ArrayList<>();
        for (String part : index.columns()) {
            Optional<ColumnInfo> column = column(table, PREFIX_PART.matcher(part).matches()
                    ? part.substring(0, part.lastIndexOf('(')) : part);
            if (column.isEmpty()) {
                draft.manual("index " + index.name() + " names " + part + ", which is not a column of "
                        + table.name());
            } else {
                parts.add(context.column(table, column.get().name()));
            }
        }
        return parts;
    }

    private String fullText(TableInfo table, IndexInfo index, ObjectDraft draft) {
        List<String> columns = columnParts(table, index, draft);
        String document = columns.size() == 1 ? columns.get(0)
                : String.join(" || ' ' || ", columns.stream().map(c -> "coalesce(" + c + ", '')").toList());
        String vector = "to_tsvector('simple', " + document + ")";
        draft.warn("FULLTEXT index " + index.name() + " becomes a GIN index on " + vector + "; queries with"
                + " MATCH ... AGAINST must be rewritten to use " + vector + " @@ a tsquery to use it, and PostgreSQL"
                + " ranks and splits words differently");
        return vector;
    }

    private void spatial(TableInfo table, IndexInfo index, ObjectDraft draft) {
        for (String part : index.columns()) {
            column(table, part).ifPresent(column -> {
                String type = context.names().columnType(table.schema(), table.name(), column.name()).orElse("");
                if (!type.toLowerCase(Locale.ROOT).startsWith("geometry")
                        && !type.toLowerCase(Locale.ROOT).startsWith("geography")) {
                    draft.manual("SPATIAL index " + index.name() + " on " + column.name() + ": the column is kept as "
                            + (type.isEmpty() ? "its source type" : type) + ", which a spatial index cannot"
                            + " search; with PostGIS, convert the column to geometry and create a GiST index");
                }
            });
        }
    }

    private Optional<ColumnInfo> column(TableInfo table, String name) {
        Optional<ColumnInfo> exact = table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
        if (exact.isPresent() || context.dialect() == Dialect.POSTGRESQL) {
            return exact;
        }
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
