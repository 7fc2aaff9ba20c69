package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Keeps a change the plan cannot write whole from being applied in part: a row change of a source table, or with a
 * source column, that the stream's plan does not know means the source schema changed before its conversion arrived.
 * Writing the known columns alone would lose the new column's values for good, so the whole unit is refused.
 */
final class SourceSchemaGuard {

    private final Map<String, Set<String>> columnsByTable = new HashMap<>();
    /** Row schemas found to hold only known columns: Debezium reuses one per table version, so each is read once. */
    private final Set<Schema> knownRowSchemas = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Change schemas (one per table version too) whose row schemas are all known: one look per change. */
    private final Set<Schema> knownChangeSchemas = Collections.newSetFromMap(new IdentityHashMap<>());

    SourceSchemaGuard(List<TablePlan> tables) {
        for (TablePlan table : tables) {
            Set<String> columns = new HashSet<>();
            table.columns().stream().map(ColumnPlan::source).forEach(columns::add);
            columnsByTable.put(table.sourceSchema() + "." + table.sourceTable(), columns);
        }
    }

    /** @throws UnconvertedSourceSchema naming what the plan lacks, when a change of the unit carries it */
    void check(List<StreamEvent> unit) {
        for (StreamEvent event : unit) {
            Optional<String> unknown = unknownIn(event);
            if (unknown.isPresent()) {
                throw new UnconvertedSourceSchema(unknown.get());
            }
        }
    }

    /** What a row change carries that the plan does not know, described for a person; empty when nothing. */
    Optional<String> unknownIn(StreamEvent event) {
        if (event.kind() != StreamEvent.Kind.ROW_CHANGE || knownChangeSchemas.contains(event.value().schema())) {
            return Optional.empty();
        }
        String table = event.sourceTable();
        Set<String> known = columnsByTable.get(table);
        if (known == null) {
            return Optional.of("a change of source table " + table + ", which the converted schema does not have");
        }
        List<String> unknown = new ArrayList<>();
        for (String image : List.of("before", "after")) {
            Struct row = event.value().schema().field(image) == null ? null : event.value().getStruct(image);
            if (row == null || knownRowSchemas.contains(row.schema())) {
                continue;
            }
            int foundSoFar = unknown.size();
            for (Field field : row.schema().fields()) {
                if (!known.contains(field.name()) && !unknown.contains(field.name())) {
                    unknown.add(field.name());
                }
            }
            if (unknown.size() == foundSoFar) {
                knownRowSchemas.add(row.schema());
            }
        }
        if (unknown.isEmpty()) {
            knownChangeSchemas.add(event.value().schema());
            return Optional.empty();
        }
        return Optional.of("a change of source table " + table
                + " with column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                + ", which the converted schema does not have");
    }
}
