package ai.dflux.systemtests.bench.compatibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Where one source table's rows go, as compatibility-service serves it at
 * {@code GET /api/v1/migrations/{id}/conversion/tables} ({@code TablePlan}); target names are quoted where PostgreSQL
 * needs it, ready to be written into SQL.
 */
public record PlannedTable(String sourceSchema, String sourceTable, String targetSchema, String targetTable,
        List<PlannedColumn> columns, List<String> targetPrimaryKey) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public PlannedTable {
        columns = List.copyOf(columns);
        targetPrimaryKey = targetPrimaryKey == null ? List.of() : List.copyOf(targetPrimaryKey);
    }

    /** The plans of the endpoint's JSON list. */
    public static List<PlannedTable> listOf(String json) throws java.io.IOException {
        return List.of(JSON.readValue(json, PlannedTable[].class));
    }

    public String qualifiedTarget() {
        return targetSchema + "." + targetTable;
    }

    /** The columns the copy writes: every column but the generated ones. */
    public List<PlannedColumn> writtenColumns() {
        return columns.stream().filter(c -> !c.generated()).toList();
    }
}
